using Cascade.Core.Targets;
using Cascade.Web.Infrastructure;

namespace Cascade.Web.Pages.Indicators;

/// <summary>
/// A value as typed in the entry form: the baseline or a year's value, the figure with a decimal
/// comma or dot, the source and the day it was published (dd/MM/yyyy). Kept as typed, so that a
/// refused form comes back exactly as it was sent.
/// </summary>
public sealed class IndicatorForm
{
    public bool IsBaseline { get; set; }

    public string? Year { get; set; }

    public string? Value { get; set; }

    public string? Source { get; set; }

    public string? MeasuredOn { get; set; }

    /// <summary>The id of the value the user saw and chose to replace; a different one (or none) means they have not seen it.</summary>
    public int? Replaces { get; set; }

    public sealed record Entry(int Year, decimal Value, bool IsBaseline, string Source, DateOnly MeasuredOn);

    /// <summary>The entry, or the error of each field that cannot be read, keyed by the field's name.</summary>
    /// <param name="relativeTo">The year a growth target is measured against: its baseline is that year's value.</param>
    public (Entry? Entry, IReadOnlyDictionary<string, Message> Errors) Read(int? relativeTo, DateOnly today)
    {
        var errors = new Dictionary<string, Message>(StringComparer.Ordinal);
        if (!int.TryParse(Year?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year is < IndicatorValue.MinYear or > IndicatorValue.MaxYear)
        {
            errors[nameof(Year)] = new(IndicatorErrors.BadYear, IndicatorValue.MinYear, IndicatorValue.MaxYear);
        }
        else if (IsBaseline && relativeTo is { } baseYear && year != baseYear)
        {
            errors[nameof(Year)] = new(IndicatorErrors.BaseYear, baseYear);
        }

        decimal value = 0;
        if (string.IsNullOrWhiteSpace(Value))
        {
            errors[nameof(Value)] = new(IndicatorErrors.MissingValue);
        }
        else if (!IndicatorNumber.TryParse(Value, out value))
        {
            errors[nameof(Value)] = new(IndicatorErrors.BadNumber);
        }

        var source = Source?.Trim() ?? string.Empty;
        if (source.Length == 0)
        {
            errors[nameof(Source)] = new(IndicatorErrors.MissingSource);
        }
        else if (source.Length > IndicatorValue.MaxSourceLength)
        {
            errors[nameof(Source)] = new(IndicatorErrors.SourceTooLong, IndicatorValue.MaxSourceLength);
        }

        DateOnly measuredOn = default;
        if (string.IsNullOrWhiteSpace(MeasuredOn))
        {
            errors[nameof(MeasuredOn)] = new(IndicatorErrors.MissingDate);
        }
        else if (Display.ParseDate(MeasuredOn) is not { } date)
        {
            errors[nameof(MeasuredOn)] = new(IndicatorErrors.BadDate);
        }
        else if (date > today)
        {
            errors[nameof(MeasuredOn)] = new(IndicatorErrors.FutureDate, Display.Date(today));
        }
        else
        {
            measuredOn = date;
        }

        return errors.Count > 0 ? (null, errors) : (new Entry(year, value, IsBaseline, source, measuredOn), errors);
    }
}
