using Cascade.Core.Timeframes;

namespace Cascade.Core.Progress;

/// <summary>
/// Classifies a task for a reporting year, as of a day, from its schedule and its reports.
/// <list type="bullet">
/// <item>Annual: each year has its own result, due on the plan's report day of that year.</item>
/// <item>Deadline and range: one result, due on the due day; a done task stays done in later years.</item>
/// <item>Ongoing and unspecified: never overdue; work reported in the year shows as in progress.</item>
/// <item>Conditional: waits for its event; once recorded, the timeframe the event set applies.</item>
/// <item>A task whose product is an issued document is done only on a report linking it (<see cref="ProgressReport.CountsAsDone"/>).</item>
/// </list>
/// </summary>
public static class TaskStatusEngine
{
    public static ProgressStatus StatusFor(TaskSchedule schedule, int year, DateOnly asOf, IEnumerable<ProgressReport> reports)
    {
        if (schedule.Timeframe.Kind == TimeframeKind.Conditional && schedule.ConditionalEvent is null)
        {
            return year > schedule.Horizon ? ProgressStatus.NotApplicable : ProgressStatus.AwaitingEvent;
        }

        if (year < schedule.FirstYear || year > schedule.LastYear && !IsSingleResult(schedule))
        {
            return ProgressStatus.NotApplicable;
        }

        var all = reports.Where(r => r.SubmittedOn <= asOf).ToList();
        var due = schedule.DueFor(year);

        // The reports that count for this year's result: the year's own for an annual task, every
        // report up to the year for a task with one result.
        var counted = IsSingleResult(schedule) ? all.Where(r => r.Year <= year) : all.Where(r => r.Year == year);
        var done = counted.Where(r => r.CountsAsDone).OrderBy(r => r.DoneOn).FirstOrDefault();
        if (done is not null && done.DoneOn <= asOf)
        {
            if (IsSingleResult(schedule) && done.DoneOn.Year < year)
            {
                return ProgressStatus.NotApplicable; // finished in an earlier year: nothing more is expected
            }

            return due is { } d && done.DoneOn > d ? ProgressStatus.DoneLate : ProgressStatus.DoneOnTime;
        }

        // Past the due day and not done: overdue, and for a single result in every later year too.
        if (due is { } dueDay && asOf > dueDay && (!IsSingleResult(schedule) || year >= schedule.LastYear))
        {
            return ProgressStatus.Overdue;
        }

        return all.Any(r => r.Year == year && r.ShowsWork) ? ProgressStatus.InProgress : ProgressStatus.NotStarted;
    }

    private static bool IsSingleResult(TaskSchedule schedule) =>
        schedule.Effective.Kind is TimeframeKind.Deadline or TimeframeKind.Range;
}
