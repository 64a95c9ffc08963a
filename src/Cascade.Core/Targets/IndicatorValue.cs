namespace Cascade.Core.Targets;

/// <summary>
/// A measured value of a target's indicator: the baseline the plan starts from, or the value of a
/// year, with where the figure comes from (a statistics yearbook, a department's report).
/// </summary>
public sealed class IndicatorValue
{
    public const int MaxSourceLength = 500;

    /// <summary>The years a value may describe: those of the plans Cascade keeps.</summary>
    public const int MinYear = 1990;

    public const int MaxYear = 2100;

    private IndicatorValue()
    {
        Source = string.Empty;
    }

    internal IndicatorValue(int year, decimal value, bool isBaseline, string source, DateOnly measuredOn, Guid enteredBy, DateTimeOffset enteredAt)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A value's year lies between {MinYear} and {MaxYear}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Year = year;
        Value = value;
        IsBaseline = isBaseline;
        Source = source.Trim().Length > MaxSourceLength ? source.Trim()[..MaxSourceLength] : source.Trim();
        MeasuredOn = measuredOn;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int TargetId { get; private set; }

    /// <summary>The year the value describes (for the baseline, the base year).</summary>
    public int Year { get; private set; }

    public decimal Value { get; private set; }

    public bool IsBaseline { get; private set; }

    public string Source { get; private set; }

    /// <summary>The day the figure was published or measured.</summary>
    public DateOnly MeasuredOn { get; private set; }

    public Guid EnteredBy { get; private set; }

    public DateTimeOffset EnteredAt { get; private set; }
}
