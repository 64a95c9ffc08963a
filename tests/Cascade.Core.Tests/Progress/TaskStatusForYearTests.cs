using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Tests.Progress;

/// <summary>How a task is classified for a reporting year (hoàn thành đúng hạn, quá hạn...).</summary>
public sealed class TaskStatusForYearTests
{
    private static readonly DueDay TraVinhDueDay = DueDay.Of(11, 30);

    private static TaskSchedule Annual(int? from = null) => new(Timeframe.Annual("Hàng năm", from), planYear: 2023, annualDueDay: TraVinhDueDay);

    private static ProgressReport Report(int year, string submitted, ReportedState state, string? completed = null) =>
        new(year, DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture), state, state == ReportedState.Done ? 100 : 50,
            completed is null ? null : DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AnAnnualTaskReportedDoneBeforeTheDueDayIsDoneOnTime() =>
        Assert.Equal(ProgressStatus.DoneOnTime, TaskStatusEngine.StatusFor(Annual(), 2024, new DateOnly(2024, 12, 15),
            [Report(2024, "2024-11-20", ReportedState.Done)]));

    [Fact]
    public void AnAnnualTaskReportedDoneAfterTheDueDayIsDoneLate() =>
        Assert.Equal(ProgressStatus.DoneLate, TaskStatusEngine.StatusFor(Annual(), 2024, new DateOnly(2024, 12, 15),
            [Report(2024, "2024-12-05", ReportedState.Done)]));

    [Fact]
    public void AnAnnualTaskWithoutADoneReportAfterTheDueDayIsOverdue() =>
        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(Annual(), 2024, new DateOnly(2024, 12, 1),
            [Report(2024, "2024-06-01", ReportedState.InProgress)]));

    [Fact]
    public void AnAnnualTaskWithWorkReportedBeforeTheDueDayIsInProgress() =>
        Assert.Equal(ProgressStatus.InProgress, TaskStatusEngine.StatusFor(Annual(), 2024, new DateOnly(2024, 10, 1),
            [Report(2024, "2024-06-01", ReportedState.InProgress)]));

    [Fact]
    public void EachYearOfAnAnnualTaskHasItsOwnResult() =>
        Assert.Equal(ProgressStatus.NotStarted, TaskStatusEngine.StatusFor(Annual(), 2025, new DateOnly(2025, 3, 1),
            [Report(2024, "2024-11-20", ReportedState.Done)]));

    [Fact]
    public void AnAnnualTaskIsNotExpectedBeforeTheYearItStarts() =>
        Assert.Equal(ProgressStatus.NotApplicable, TaskStatusEngine.StatusFor(Annual(from: 2024), 2023, new DateOnly(2023, 12, 31), []));

    [Fact]
    public void AReportSubmittedAfterTheDayAskedAboutIsNotYetKnown() =>
        Assert.Equal(ProgressStatus.NotStarted, TaskStatusEngine.StatusFor(Annual(), 2024, new DateOnly(2024, 5, 1),
            [Report(2024, "2024-06-01", ReportedState.InProgress)]));

    [Fact]
    public void ADeadlineTaskIsInProgressInTheYearsBeforeItsDueDay()
    {
        var schedule = new TaskSchedule(Timeframe.Deadline("2026", new DateOnly(2026, 12, 31)), 2023);

        Assert.Equal(ProgressStatus.InProgress, TaskStatusEngine.StatusFor(schedule, 2024, new DateOnly(2024, 12, 31),
            [Report(2024, "2024-11-01", ReportedState.InProgress)]));
    }

    [Fact]
    public void ADeadlineTaskNotDoneStaysOverdueInTheYearsAfter()
    {
        var schedule = new TaskSchedule(Timeframe.Deadline("2024", new DateOnly(2024, 12, 31)), 2023);

        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(schedule, 2025, new DateOnly(2025, 6, 1), []));
    }

    [Fact]
    public void ADeadlineTaskDoneLateIsDoneLateInTheYearItWasDone()
    {
        var schedule = new TaskSchedule(Timeframe.Deadline("Quý II/2024", new DateOnly(2024, 6, 30)), 2023);
        ProgressReport[] reports = [Report(2024, "2024-11-01", ReportedState.Done, completed: "2024-09-15")];

        Assert.Equal(ProgressStatus.DoneLate, TaskStatusEngine.StatusFor(schedule, 2024, new DateOnly(2024, 12, 1), reports));
        Assert.Equal(ProgressStatus.NotApplicable, TaskStatusEngine.StatusFor(schedule, 2025, new DateOnly(2025, 12, 1), reports));
    }

    [Fact]
    public void ARangeIsDueAtItsEndNotEveryYear()
    {
        var schedule = new TaskSchedule(Timeframe.Range("2024-2030", 2024, 2030), 2023);

        Assert.Equal(ProgressStatus.NotStarted, TaskStatusEngine.StatusFor(schedule, 2026, new DateOnly(2027, 1, 10), []));
        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(schedule, 2030, new DateOnly(2031, 1, 10), []));
    }

    [Fact]
    public void AnOngoingTaskIsNeverOverdueButItsSilenceShows()
    {
        var schedule = new TaskSchedule(Timeframe.Ongoing("Thường xuyên"), 2023);

        Assert.Equal(ProgressStatus.NotStarted, TaskStatusEngine.StatusFor(schedule, 2024, new DateOnly(2025, 3, 1), []));
    }

    [Fact]
    public void AConditionalTaskWaitsForItsEvent()
    {
        var schedule = new TaskSchedule(Timeframe.Conditional("sau khi Thủ tướng Chính phủ ban hành"), 2024);

        Assert.Equal(ProgressStatus.AwaitingEvent, TaskStatusEngine.StatusFor(schedule, 2025, new DateOnly(2025, 12, 31), []));
    }

    [Fact]
    public void AConditionalTaskBecomesAnnualFromItsEventsYear()
    {
        var decision = new ConditionalEvent(new DateOnly(2025, 3, 10), Timeframe.Annual("thực hiện hàng năm"), "Quyết định của Thủ tướng Chính phủ");
        var schedule = new TaskSchedule(Timeframe.Conditional("sau khi Thủ tướng Chính phủ ban hành; thực hiện hàng năm"), 2024, annualDueDay: DueDay.Of(12, 10), conditionalEvent: decision);

        Assert.Equal(ProgressStatus.NotApplicable, TaskStatusEngine.StatusFor(schedule, 2024, new DateOnly(2024, 12, 31), []));
        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(schedule, 2025, new DateOnly(2025, 12, 11), []));
    }

    [Fact]
    public void AnEventCannotStartAnotherCondition() =>
        Assert.Throws<ArgumentException>(() => new ConditionalEvent(new DateOnly(2025, 1, 1), Timeframe.Conditional("x"), "y"));
}

/// <summary>Which years a task owes a report for.</summary>
public sealed class TaskScheduleTests
{
    [Fact]
    public void AnAnnualTaskOwesAReportEveryYearOfThePlan()
    {
        var schedule = new TaskSchedule(Timeframe.Annual("Hàng năm"), planYear: 2023);

        Assert.False(schedule.ExpectsReportIn(2022));
        Assert.True(schedule.ExpectsReportIn(2023));
        Assert.True(schedule.ExpectsReportIn(2030));
        Assert.False(schedule.ExpectsReportIn(2031));
    }

    [Fact]
    public void ADeadlineTaskOwesReportsUntilItIsDone()
    {
        var schedule = new TaskSchedule(Timeframe.Deadline("2024", new DateOnly(2024, 12, 31)), planYear: 2023);

        Assert.True(schedule.ExpectsReportIn(2025));
        Assert.False(schedule.ExpectsReportIn(2025, isDone: true));
    }

    [Fact]
    public void AConditionalTaskOwesNothingBeforeItsEvent()
    {
        var waiting = new TaskSchedule(Timeframe.Conditional("sau khi Thủ tướng ban hành"), planYear: 2024);
        var started = new TaskSchedule(waiting.Timeframe, 2024, conditionalEvent: new ConditionalEvent(new DateOnly(2025, 5, 1), Timeframe.Annual("hàng năm"), "Quyết định"));

        Assert.False(waiting.ExpectsReportIn(2025));
        Assert.False(started.ExpectsReportIn(2024));
        Assert.True(started.ExpectsReportIn(2025));
    }
}
