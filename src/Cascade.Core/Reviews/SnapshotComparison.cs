using Cascade.Core.Progress;
using Cascade.Core.Targets;

namespace Cascade.Core.Reviews;

/// <summary>How a task's status moved between two reviews.</summary>
public enum TaskChange
{
    Unchanged = 0,

    /// <summary>A better status: overdue → in progress → done late → done on time.</summary>
    Improved = 1,

    /// <summary>A worse status.</summary>
    Worsened = 2,

    /// <summary>Another status that is neither better nor worse (waiting for an outside event, outside the task's span).</summary>
    Changed = 3,

    /// <summary>In the later review only: added by a newer version of the plan.</summary>
    Added = 4,

    /// <summary>In the earlier review only: dropped or withdrawn since.</summary>
    Removed = 5,
}

public sealed record TaskComparison(int TaskId, string Ref, string Title, ProgressStatus? Then, ProgressStatus? Now, int? PercentThen, int? PercentNow, TaskChange Change);

public sealed record IndicatorComparison(int TargetId, string Text, string Unit, Measurement? Then, Measurement? Now, decimal? ShareThen, decimal? ShareNow, IndicatorState? StateThen, IndicatorState? StateNow);

public sealed record CountComparison(ProgressStatus Status, int Then, int Now)
{
    public int Difference => Now - Then;
}

/// <summary>
/// Two snapshots side by side (the mid-term review against the final one, or last year against
/// this year): the counts by status, each task's status then and now, each indicator's value then and now.
/// </summary>
public sealed record SnapshotComparison(IReadOnlyList<CountComparison> Counts, IReadOnlyList<TaskComparison> Tasks, IReadOnlyList<IndicatorComparison> Indicators)
{
    public static SnapshotComparison Compare(SnapshotContent then, SnapshotContent now)
    {
        var counts = SnapshotContent.HeadlineOrder.Select(s => new CountComparison(s, then.CountOf(s), now.CountOf(s))).ToList();

        var earlier = then.Tasks.ToDictionary(t => t.TaskId);
        var later = now.Tasks.Select(t => t.TaskId).ToHashSet();
        var tasks = now.Tasks
            .Select(n => earlier.TryGetValue(n.TaskId, out var t)
                ? new TaskComparison(n.TaskId, n.Ref, n.Title, t.Status, n.Status, t.Percent, n.Percent, ChangeOf(t.Status, n.Status))
                : new TaskComparison(n.TaskId, n.Ref, n.Title, null, n.Status, null, n.Percent, TaskChange.Added))
            .Concat(then.Tasks.Where(t => !later.Contains(t.TaskId))
                .Select(t => new TaskComparison(t.TaskId, t.Ref, t.Title, t.Status, null, t.Percent, null, TaskChange.Removed)))
            .ToList();

        var earlierIndicators = then.Indicators.ToDictionary(i => i.TargetId);
        var laterIndicators = now.Indicators.Select(i => i.TargetId).ToHashSet();
        var indicators = now.Indicators
            .Select(n => earlierIndicators.GetValueOrDefault(n.TargetId) is { } t
                ? new IndicatorComparison(n.TargetId, n.Text, n.Unit, t.Latest, n.Latest, t.Share, n.Share, t.State, n.State)
                : new IndicatorComparison(n.TargetId, n.Text, n.Unit, null, n.Latest, null, n.Share, null, n.State))
            .Concat(then.Indicators.Where(i => !laterIndicators.Contains(i.TargetId))
                .Select(t => new IndicatorComparison(t.TargetId, t.Text, t.Unit, t.Latest, null, t.Share, null, t.State, null)))
            .ToList();

        return new SnapshotComparison(counts, tasks, indicators);
    }

    /// <summary>Better or worse by the ladder overdue, not started, in progress, done late, done on time; off the ladder, only changed.</summary>
    public static TaskChange ChangeOf(ProgressStatus then, ProgressStatus now)
    {
        if (then == now)
        {
            return TaskChange.Unchanged;
        }

        return (Rank(then), Rank(now)) switch
        {
            ({ } a, { } b) when b > a => TaskChange.Improved,
            ({ } a, { } b) when b < a => TaskChange.Worsened,
            _ => TaskChange.Changed,
        };
    }

    private static int? Rank(ProgressStatus status) => status switch
    {
        ProgressStatus.Overdue => 0,
        ProgressStatus.NotStarted => 1,
        ProgressStatus.InProgress => 2,
        ProgressStatus.DoneLate => 3,
        ProgressStatus.DoneOnTime => 4,
        _ => null,
    };
}
