namespace Cascade.Core.Targets;

/// <summary>
/// A numeric target of a plan's objectives: "đóng góp 10 - 15% vào tăng trưởng GRDP" by 2045.
/// The text is kept whole because "share of GRDP" and "share of GRDP growth" are different
/// indicators that share a number.
/// </summary>
public sealed class Target
{
    public const int MaxTextLength = 2000;
    public const int MaxUnitLength = 100;

    private Target()
    {
        Text = string.Empty;
        Unit = string.Empty;
    }

    public Target(int year, string text, decimal value, decimal? max, string unit, int? relativeTo)
    {
        if (year is < 1990 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A target's horizon lies between 1990 and 2100.");
        }

        if (max is { } m && m < value)
        {
            throw new ArgumentException($"A target range cannot run from {value} down to {m}.", nameof(max));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Year = year;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        Value = value;
        Max = max;
        Unit = unit;
        RelativeTo = relativeTo;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The horizon the clause falls under (2030, 2045).</summary>
    public int Year { get; private set; }

    public string Text { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>The upper end of a range ("10 - 15%"), else null.</summary>
    public decimal? Max { get; private set; }

    /// <summary>"%" or the counted thing.</summary>
    public string Unit { get; private set; }

    /// <summary>The year a growth is measured against, when the text says so.</summary>
    public int? RelativeTo { get; private set; }

    /// <summary>The order of the clause in the plan.</summary>
    public int Order { get; internal set; }
}
