using Cascade.Core.Progress;
using Cascade.Core.Reviews;
using Cascade.Core.Targets;

namespace Cascade.Core.Tests.Reviews;

/// <summary>Two reviews of a plan side by side: what moved between the mid-term and the final review.</summary>
public sealed class SnapshotComparisonTests
{
    private static SnapshotTask Task(int id, ProgressStatus status, int? percent = null) => new(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Nhiệm vụ {id}", "Sở Y tế", status, percent);

    private static SnapshotIndicator Grdp(decimal? latest, IndicatorState state, decimal? share) =>
        new(7, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", "%", 7m, new Measurement(2023, 3m), latest is { } v ? new Measurement(2025, v) : null, share, state);

    [Fact]
    public void TheCountsCoverEveryStatusInTheOrderOfAReviewReport()
    {
        var content = SnapshotContent.Of([Task(1, ProgressStatus.Overdue), Task(2, ProgressStatus.DoneOnTime), Task(3, ProgressStatus.Overdue)], []);

        Assert.Equal(
            [(ProgressStatus.DoneOnTime, 1), (ProgressStatus.DoneLate, 0), (ProgressStatus.InProgress, 0), (ProgressStatus.Overdue, 2),
             (ProgressStatus.NotStarted, 0), (ProgressStatus.AwaitingEvent, 0), (ProgressStatus.NotApplicable, 0)],
            content.Counts.Select(c => (c.Status, c.Count)));
    }

    [Theory]
    [InlineData(ProgressStatus.Overdue, ProgressStatus.DoneLate, TaskChange.Improved)]
    [InlineData(ProgressStatus.NotStarted, ProgressStatus.InProgress, TaskChange.Improved)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.DoneOnTime, TaskChange.Improved)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.Overdue, TaskChange.Worsened)]
    [InlineData(ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, TaskChange.Worsened)]
    [InlineData(ProgressStatus.AwaitingEvent, ProgressStatus.InProgress, TaskChange.Changed)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.NotApplicable, TaskChange.Changed)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.InProgress, TaskChange.Unchanged)]
    public void AStatusMovesUpOrDownTheLadderFromOverdueToDoneOnTime(ProgressStatus then, ProgressStatus now, TaskChange expected)
    {
        Assert.Equal(expected, SnapshotComparison.ChangeOf(then, now));
    }

    [Fact]
    public void EachTaskShowsItsStatusThenAndNow()
    {
        var then = SnapshotContent.Of([Task(1, ProgressStatus.InProgress, 40), Task(2, ProgressStatus.InProgress, 50), Task(3, ProgressStatus.DoneOnTime, 100)], []);
        var now = SnapshotContent.Of([Task(1, ProgressStatus.DoneOnTime, 100), Task(2, ProgressStatus.Overdue, 60), Task(3, ProgressStatus.DoneOnTime, 100)], []);

        var comparison = SnapshotComparison.Compare(then, now);

        Assert.Equal(
            [(1, ProgressStatus.InProgress, ProgressStatus.DoneOnTime, TaskChange.Improved), (2, ProgressStatus.InProgress, ProgressStatus.Overdue, TaskChange.Worsened), (3, ProgressStatus.DoneOnTime, ProgressStatus.DoneOnTime, TaskChange.Unchanged)],
            comparison.Tasks.Select(t => (t.TaskId, t.Then!.Value, t.Now!.Value, t.Change)));
        Assert.Equal((50, 60), (comparison.Tasks[1].PercentThen, comparison.Tasks[1].PercentNow));
    }

    [Fact]
    public void TasksAddedOrRemovedBetweenTheReviewsAreNamedSo()
    {
        var then = SnapshotContent.Of([Task(1, ProgressStatus.InProgress), Task(2, ProgressStatus.Overdue)], []);
        var now = SnapshotContent.Of([Task(1, ProgressStatus.InProgress), Task(9, ProgressStatus.NotStarted)], []);

        var comparison = SnapshotComparison.Compare(then, now);

        Assert.Equal([(1, TaskChange.Unchanged), (9, TaskChange.Added), (2, TaskChange.Removed)], comparison.Tasks.Select(t => (t.TaskId, t.Change)));
        Assert.Null(comparison.Tasks[1].Then);
        Assert.Null(comparison.Tasks[2].Now);
    }

    [Fact]
    public void TheCountsStandSideBySideWithTheirDifference()
    {
        var then = SnapshotContent.Of([Task(1, ProgressStatus.InProgress), Task(2, ProgressStatus.InProgress)], []);
        var now = SnapshotContent.Of([Task(1, ProgressStatus.DoneOnTime), Task(2, ProgressStatus.InProgress)], []);

        var comparison = SnapshotComparison.Compare(then, now);

        var inProgress = comparison.Counts.Single(c => c.Status == ProgressStatus.InProgress);
        var done = comparison.Counts.Single(c => c.Status == ProgressStatus.DoneOnTime);
        Assert.Equal((2, 1, -1), (inProgress.Then, inProgress.Now, inProgress.Difference));
        Assert.Equal((0, 1, 1), (done.Then, done.Now, done.Difference));
    }

    [Fact]
    public void EachIndicatorShowsItsValueThenAndNow()
    {
        var then = SnapshotContent.Of([], [Grdp(null, IndicatorState.NoValues, null)]);
        var now = SnapshotContent.Of([], [Grdp(4m, IndicatorState.OffTrack, 0.25m)]);

        var indicator = Assert.Single(SnapshotComparison.Compare(then, now).Indicators);

        Assert.Null(indicator.Then);
        Assert.Equal(new Measurement(2025, 4m), indicator.Now);
        Assert.Equal((IndicatorState.NoValues, IndicatorState.OffTrack), (indicator.StateThen, indicator.StateNow));
        Assert.Equal(0.25m, indicator.ShareNow);
    }
}
