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

    private readonly List<IndicatorValue> _values = [];

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

    /// <summary>The agency that enters the indicator's values; null while the coordinator alone does.</summary>
    public int? ResponsibleAgencyId { get; private set; }

    /// <summary>Shown on the province's public results page once the coordinator chooses to.</summary>
    public bool IsPublished { get; private set; }

    /// <summary>Set when a newer version of the plan dropped the clause: its values stay readable.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>The baseline and the yearly values measured against the target.</summary>
    public IReadOnlyList<IndicatorValue> Values => _values;

    public void AssignResponsibility(int? agencyId) => ResponsibleAgencyId = agencyId;

    public void Publish(bool published) => IsPublished = published;

    public void Withdraw(DateTimeOffset at) => WithdrawnAt ??= at.ToUniversalTime();

    /// <summary>Takes the wording of a newer version of the same clause, keeping its values.</summary>
    public void Revise(Target newer)
    {
        Year = newer.Year;
        Text = newer.Text;
        Value = newer.Value;
        Max = newer.Max;
        Unit = newer.Unit;
        RelativeTo = newer.RelativeTo;
        WithdrawnAt = null;
    }

    /// <summary>
    /// Records the baseline or a year's value; a value for a year already recorded replaces it
    /// (the latest figure the agency has is the one that counts), and the replaced one is returned
    /// (null when there was none) so that the caller can say what was overwritten.
    /// </summary>
    public IndicatorValue? Record(int year, decimal value, bool isBaseline, string source, DateOnly measuredOn, Guid enteredBy, DateTimeOffset enteredAt)
    {
        var entry = new IndicatorValue(year, value, isBaseline, source, measuredOn, enteredBy, enteredAt);
        var existing = ValueOf(year, isBaseline);
        if (existing is not null)
        {
            _values.Remove(existing);
        }

        _values.Add(entry);
        return existing;
    }

    /// <summary>The figure a new entry would replace: the baseline (one per indicator, whatever its year), or the year's value.</summary>
    public IndicatorValue? ValueOf(int year, bool isBaseline) =>
        _values.FirstOrDefault(v => v.IsBaseline == isBaseline && (isBaseline || v.Year == year));
}
