namespace Cascade.Core.Reporting;

/// <summary>
/// A reporting period opened for a plan: the value <see cref="ReportingPeriod"/> plus the
/// coordinator's decisions about it (a reopening, exceptions per agency).
/// </summary>
public sealed class PlanPeriod
{
    private readonly List<PeriodException> _exceptions = [];

    private PlanPeriod()
    {
    }

    public PlanPeriod(int planId, ReportingPeriod period, bool usesDecree09)
    {
        PlanId = planId;
        Kind = period.Kind;
        Year = period.Year;
        Number = period.Number;
        DataFrom = period.DataFrom;
        DataTo = period.DataTo;
        DueOn = period.DueOn;
        LockAfterDays = period.LockAfterDays;
        UsesDecree09 = usesDecree09;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public PeriodKind Kind { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    public DateOnly DataFrom { get; private set; }

    public DateOnly DataTo { get; private set; }

    public DateOnly DueOn { get; private set; }

    public int LockAfterDays { get; private set; }

    public bool UsesDecree09 { get; private set; }

    /// <summary>Set when the coordinator reopens the period: reports are taken until that day.</summary>
    public DateOnly? ReopenedUntil { get; private set; }

    public IReadOnlyList<PeriodException> Exceptions => _exceptions;

    public ReportingPeriod Value => new(Kind, Year, Number, DataFrom, DataTo, DueOn, LockAfterDays);

    /// <summary>The phase for one agency, counting the reopening and the agency's exception.</summary>
    public PeriodPhase PhaseFor(int agencyId, DateOnly day)
    {
        var granted = _exceptions.Where(e => e.AgencyId == agencyId).Select(e => (DateOnly?)e.OpenUntil).Max();
        var until = new[] { ReopenedUntil, granted }.Max();
        return Value.PhaseOn(day, until);
    }

    public void Reopen(DateOnly until)
    {
        if (until < DueOn)
        {
            throw new ArgumentException("A period is reopened until a day after its due day.", nameof(until));
        }

        ReopenedUntil = until;
    }

    /// <summary>Lets one agency report after the period locks, until the given day.</summary>
    public void GrantException(int agencyId, DateOnly until, string reason)
    {
        _exceptions.RemoveAll(e => e.AgencyId == agencyId);
        _exceptions.Add(new PeriodException(agencyId, until, reason));
    }
}

public sealed class PeriodException
{
    private PeriodException()
    {
        Reason = string.Empty;
    }

    internal PeriodException(int agencyId, DateOnly openUntil, string reason)
    {
        AgencyId = agencyId;
        OpenUntil = openUntil;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int PeriodId { get; private set; }

    public int AgencyId { get; private set; }

    public DateOnly OpenUntil { get; private set; }

    public string Reason { get; private set; }
}
