using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Timeframes;
using FsCheck;
using FsCheck.Fluent;

namespace Cascade.Core.Tests.Progress;

/// <summary>Rules that hold for every timeframe kind, every year and every set of reports.</summary>
public sealed class TaskStatusPropertyTests
{
    private static readonly Gen<Timeframe> Timeframes = Gen.OneOf(
        Gen.Choose(2023, 2030).Select(from => Timeframe.Annual("Hàng năm", from)),
        Gen.Constant(Timeframe.Annual("Hàng năm")),
        Gen.Constant(Timeframe.Ongoing("Thường xuyên")),
        Gen.Constant(Timeframe.Unspecified()),
        Gen.Choose(2023, 2030).SelectMany(y => Gen.Choose(1, 12), (y, m) => Timeframe.Deadline($"{m}/{y}", new DateOnly(y, m, 1).AddMonths(1).AddDays(-1))),
        Gen.Choose(2023, 2028).SelectMany(from => Gen.Choose(from, 2030), (from, to) => Timeframe.Range($"{from}-{to}", from, to)),
        Gen.Constant(Timeframe.Conditional("sau khi Thủ tướng Chính phủ ban hành")));

    private static readonly Gen<ProgressReport> Reports =
        from year in Gen.Choose(2023, 2031)
        from dayOffset in Gen.Choose(0, 500)
        from state in Gen.Elements(ReportedState.NotStarted, ReportedState.InProgress, ReportedState.Done, ReportedState.Blocked)
        from percent in Gen.Choose(0, 100)
        select new ProgressReport(year, new DateOnly(year, 1, 1).AddDays(dayOffset), state, percent);

    private static readonly Gen<(TaskSchedule Schedule, int Year, DateOnly AsOf, ProgressReport[] Reports)> Cases =
        from timeframe in Timeframes
        from month in Gen.Choose(1, 12)
        from year in Gen.Choose(2022, 2032)
        from asOfOffset in Gen.Choose(0, 4000)
        from reports in Gen.ArrayOf(Reports)
        select (new TaskSchedule(timeframe, 2023, annualDueDay: DueDay.Of(month, 28)), year, new DateOnly(2023, 1, 1).AddDays(asOfOffset), reports);

    [Fact]
    public void AnOngoingOrUnspecifiedTaskIsNeverOverdue() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            c.Schedule.Timeframe.Kind is not (TimeframeKind.Ongoing or TimeframeKind.Unspecified)
            || TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf, c.Reports) != ProgressStatus.Overdue)
        .QuickCheckThrowOnFailure();

    [Fact]
    public void AConditionalTaskWithoutItsEventOnlyWaits() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            c.Schedule.Timeframe.Kind != TimeframeKind.Conditional
            || TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf, c.Reports) is ProgressStatus.AwaitingEvent or ProgressStatus.NotApplicable)
        .QuickCheckThrowOnFailure();

    [Fact]
    public void NothingIsOverdueBeforeItsDueDay() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf, c.Reports) != ProgressStatus.Overdue
            || c.Schedule.DueFor(Math.Min(c.Year, c.Schedule.LastYear)) is { } due && c.AsOf > due)
        .QuickCheckThrowOnFailure();

    [Fact]
    public void OverdueNeverTurnsBackIntoOnTimeOrInProgressAsTimePasses() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(1, 800).ToArbitrary(), (c, later) =>
        {
            var before = TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf, c.Reports);
            var after = TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf.AddDays(later), c.Reports);
            return before != ProgressStatus.Overdue || after is ProgressStatus.Overdue or ProgressStatus.DoneLate or ProgressStatus.NotApplicable;
        })
        .QuickCheckThrowOnFailure();

    [Fact]
    public void ADoneReportOnTheYearsResultMakesItDone() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var status = TaskStatusEngine.StatusFor(c.Schedule, c.Year, c.AsOf, c.Reports);
            var doneInYear = c.Reports.Any(r => r.Year == c.Year && r.State == ReportedState.Done && r.SubmittedOn <= c.AsOf);
            return !doneInYear || c.Schedule.Timeframe.Kind == TimeframeKind.Conditional
                || status is ProgressStatus.DoneOnTime or ProgressStatus.DoneLate or ProgressStatus.NotApplicable;
        })
        .QuickCheckThrowOnFailure();
}
