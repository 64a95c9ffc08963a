using Cascade.Core.Reporting;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Progress;

/// <summary>
/// What a task's timeframe means on the calendar: the years it expects a result in and the day each
/// result is due. Built from the timeframe, the plan's years and its reporting due day.
/// </summary>
public sealed record TaskSchedule
{
    /// <summary>The horizon a plan runs to when it does not say (the resolution's 2030).</summary>
    public const int DefaultHorizon = 2030;

    public TaskSchedule(Timeframe timeframe, int planYear, int? horizon = null, DueDay? annualDueDay = null, ConditionalEvent? conditionalEvent = null)
    {
        Timeframe = timeframe;
        PlanYear = planYear;
        Horizon = Math.Max(horizon ?? DefaultHorizon, planYear);
        AnnualDueDay = annualDueDay ?? DueDay.Of(12, 31);
        ConditionalEvent = conditionalEvent;
    }

    public Timeframe Timeframe { get; }

    /// <summary>The year the plan was issued: the start of an annual task that names none.</summary>
    public int PlanYear { get; }

    public int Horizon { get; }

    /// <summary>The plan's yearly report day; an annual task's result for a year is due then.</summary>
    public DueDay AnnualDueDay { get; }

    /// <summary>For a conditional task: the outside event, once the coordinator has recorded it.</summary>
    public ConditionalEvent? ConditionalEvent { get; }

    /// <summary>The timeframe that applies: a conditional task takes the one its event set.</summary>
    public Timeframe Effective => Timeframe.Kind == TimeframeKind.Conditional && ConditionalEvent is { } e ? e.Then : Timeframe;

    /// <summary>The first year a result is expected in.</summary>
    public int FirstYear => Effective switch
    {
        { Kind: TimeframeKind.Annual or TimeframeKind.Ongoing, From: { } from } => from,
        { Kind: TimeframeKind.Range, From: { } from } => from,
        _ when Timeframe.Kind == TimeframeKind.Conditional && ConditionalEvent is { } e => e.On.Year,
        _ => PlanYear,
    };

    /// <summary>The last year a result is expected in.</summary>
    public int LastYear => Effective switch
    {
        { Kind: TimeframeKind.Deadline or TimeframeKind.Range, Due: { } due } => due.Year,
        { Kind: TimeframeKind.Annual, To: { } to } => to,
        _ => Horizon,
    };

    /// <summary>
    /// Whether the task owes a report for the year: inside its span, once its condition is met. A task
    /// with one result still owes reports after its due year until it is done (the caller knows).
    /// </summary>
    public bool ExpectsReportIn(int year, bool isDone = false) =>
        (Timeframe.Kind != TimeframeKind.Conditional || ConditionalEvent is not null)
        && year >= FirstYear
        && (year <= LastYear || Effective.Kind is TimeframeKind.Deadline or TimeframeKind.Range && !isDone && year <= Horizon);

    /// <summary>The day the result counted for <paramref name="year"/> is due; null when nothing is ever due.</summary>
    public DateOnly? DueFor(int year) => Effective.Kind switch
    {
        TimeframeKind.Annual => AnnualDueDay.InYear(year),
        TimeframeKind.Deadline or TimeframeKind.Range => Effective.Due,
        _ => null,
    };
}

/// <summary>The outside event a conditional task waits for, recorded by the coordinator with the timeframe it starts.</summary>
public sealed record ConditionalEvent(DateOnly On, Timeframe Then, string Description)
{
    public Timeframe Then { get; } = Then.Kind == TimeframeKind.Conditional
        ? throw new ArgumentException("The event must start an annual, deadline, range or ongoing timeframe.", nameof(Then))
        : Then;
}
