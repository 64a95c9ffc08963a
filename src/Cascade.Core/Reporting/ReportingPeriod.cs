namespace Cascade.Core.Reporting;

public enum PeriodKind
{
    Annual = 0,
    Semiannual = 1,
    Quarterly = 2,

    /// <summary>A report the coordinator asks for, with its own dates.</summary>
    OnRequest = 3,
}

/// <summary>Where a period stands on a day: not open yet, open, past due (late reports still taken), locked.</summary>
public enum PeriodPhase
{
    NotOpen = 0,
    Open = 1,
    PastDue = 2,
    Locked = 3,
}

/// <summary>
/// One reporting period: the data it covers, the day reports are due and how long after that day
/// late reports are still taken (as DHIS2's expiry days). A period is a value: opening, reopening and
/// exceptions are decisions recorded elsewhere and passed in.
/// </summary>
public sealed record ReportingPeriod
{
    public ReportingPeriod(PeriodKind kind, int year, int number, DateOnly dataFrom, DateOnly dataTo, DateOnly dueOn, int lockAfterDays = 30)
    {
        if (dataTo < dataFrom)
        {
            throw new ArgumentException("A period's data cannot end before it starts.", nameof(dataTo));
        }

        if (lockAfterDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lockAfterDays), lockAfterDays, "A period cannot lock before its due day.");
        }

        Kind = kind;
        Year = year;
        Number = number;
        DataFrom = dataFrom;
        DataTo = dataTo;
        DueOn = dueOn;
        LockAfterDays = lockAfterDays;
    }

    public PeriodKind Kind { get; }

    /// <summary>The year reported on.</summary>
    public int Year { get; }

    /// <summary>1 for a year; the half or quarter otherwise.</summary>
    public int Number { get; }

    public DateOnly DataFrom { get; }

    public DateOnly DataTo { get; }

    public DateOnly DueOn { get; }

    /// <summary>Calendar days after the due day during which late reports are still taken.</summary>
    public int LockAfterDays { get; }

    public DateOnly LocksOn => DueOn.AddDays(LockAfterDays + 1);

    /// <summary>
    /// The phase on a day. A period opens when its data window starts; <paramref name="openUntil"/> is
    /// a reopening or an exception the coordinator granted, which keeps it open until that day.
    /// </summary>
    public PeriodPhase PhaseOn(DateOnly day, DateOnly? openUntil = null) => day switch
    {
        _ when day < DataFrom => PeriodPhase.NotOpen,
        _ when day <= DueOn => PeriodPhase.Open,
        _ when day < LocksOn || openUntil is { } until && day <= until => PeriodPhase.PastDue,
        _ => PeriodPhase.Locked,
    };

    /// <summary>A report submitted after the due day is accepted but marked late.</summary>
    public bool IsLate(DateOnly submittedOn) => submittedOn > DueOn;
}
