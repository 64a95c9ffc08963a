using Cascade.Core.Progress;
using Cascade.Core.Targets;

namespace Cascade.Core.Reviews;

/// <summary>A task as a review saw it: who led it, its status for the year and the percent last reported.</summary>
public sealed record SnapshotTask(int TaskId, string Ref, string Title, string? Lead, ProgressStatus Status, int? Percent);

/// <summary>An indicator as a review saw it: its goal, baseline, latest value and where it stood.</summary>
public sealed record SnapshotIndicator(int TargetId, string Text, string Unit, decimal? Goal, Measurement? Baseline, Measurement? Latest, decimal? Share, IndicatorState State);

/// <summary>How many tasks had a status.</summary>
public sealed record StatusCount(ProgressStatus Status, int Count);

/// <summary>
/// What a <see cref="PlanSnapshot"/> freezes: every task with its status, every indicator with its
/// value, and the counts by status that head a review report.
/// </summary>
public sealed record SnapshotContent(IReadOnlyList<SnapshotTask> Tasks, IReadOnlyList<SnapshotIndicator> Indicators, IReadOnlyList<StatusCount> Counts)
{
    /// <summary>The statuses in the order a Vietnamese review counts them: done on time, done late, in progress, overdue, then the rest.</summary>
    public static IReadOnlyList<ProgressStatus> HeadlineOrder { get; } =
    [
        ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, ProgressStatus.InProgress, ProgressStatus.Overdue,
        ProgressStatus.NotStarted, ProgressStatus.AwaitingEvent, ProgressStatus.NotApplicable,
    ];

    /// <summary>The content of these tasks and indicators, with a count for every status (zero included).</summary>
    public static SnapshotContent Of(IEnumerable<SnapshotTask> tasks, IEnumerable<SnapshotIndicator> indicators)
    {
        var taskList = tasks.ToList();
        return new SnapshotContent(taskList, indicators.ToList(), CountsOf(taskList));
    }

    public static IReadOnlyList<StatusCount> CountsOf(IEnumerable<SnapshotTask> tasks)
    {
        var byStatus = tasks.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Count());
        return HeadlineOrder.Select(s => new StatusCount(s, byStatus.GetValueOrDefault(s))).ToList();
    }

    public int CountOf(ProgressStatus status) => Counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
}
