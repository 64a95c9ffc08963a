using System.Globalization;
using Cascade.Core.Reviews;
using Cascade.Core.Targets;
using Cascade.Web.Infrastructure;
using Cascade.Web.Pages.Indicators;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>Taking a snapshot as typed: the kind of review, a title, the day the figures are taken as of (dd/MM/yyyy) and the year classified.</summary>
public sealed class SnapshotForm
{
    public SnapshotKind Kind { get; set; } = SnapshotKind.MidTerm;

    public string? Title { get; set; }

    public string? AsOf { get; set; }

    public string? Year { get; set; }

    public sealed record Request(SnapshotKind Kind, string Title, DateOnly AsOf, int Year);

    public static SnapshotForm For(DateOnly today) => new()
    {
        AsOf = Display.Date(today),
        Year = today.Year.ToString(CultureInfo.InvariantCulture),
    };

    public (Request? Request, IReadOnlyDictionary<string, Message> Errors) Read(DateOnly today)
    {
        var errors = new Dictionary<string, Message>(StringComparer.Ordinal);
        var title = Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors[nameof(Title)] = new(SnapshotErrors.MissingTitle);
        }
        else if (title.Length > PlanSnapshot.MaxTitleLength)
        {
            errors[nameof(Title)] = new(SnapshotErrors.TitleTooLong, PlanSnapshot.MaxTitleLength);
        }

        DateOnly asOf = default;
        if (string.IsNullOrWhiteSpace(AsOf))
        {
            errors[nameof(AsOf)] = new(SnapshotErrors.MissingDate);
        }
        else if (Display.ParseDate(AsOf) is not { } date)
        {
            errors[nameof(AsOf)] = new(SnapshotErrors.BadDate);
        }
        else if (date > today)
        {
            errors[nameof(AsOf)] = new(SnapshotErrors.FutureDate, Display.Date(today));
        }
        else
        {
            asOf = date;
        }

        if (!int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < IndicatorValue.MinYear or > IndicatorValue.MaxYear)
        {
            errors[nameof(Year)] = new(SnapshotErrors.BadYear, IndicatorValue.MinYear, IndicatorValue.MaxYear);
        }
        else if (asOf != default && year > asOf.Year)
        {
            errors[nameof(Year)] = new(SnapshotErrors.YearAfterDate, asOf.Year);
        }

        return errors.Count > 0 ? (null, errors) : (new Request(Kind, title, asOf, year), errors);
    }
}
