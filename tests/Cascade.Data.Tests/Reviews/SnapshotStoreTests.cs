using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Reviews;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data.Reviews;
using Cascade.Testing;

namespace Cascade.Data.Tests.Reviews;

/// <summary>A review's snapshot keeps the plan's state as it was, whatever is reported afterwards.</summary>
public sealed class SnapshotStoreTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly MidTerm = new(2025, 12, 10);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record Seeded(int PlanId, int PeriodId, PlanTask Annual, PlanTask Deadline, int AgencyId, int TargetId);

    private static async Task<Seeded> SeedAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var agency = new Agency("Sở Y tế", AgencyKind.Department, null);
        var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2024, 5, 7), "UBND tỉnh", GovernmentLevel.Province, null, null, "Kế hoạch");
        plan.AddReportingDuty(new ReportingDuty(ReportingFrequency.Annual, DueDay.Of(11, 30), "Sở KH&CN"));
        var annual = plan.AddTask("1", null, "Tuyên truyền hằng năm", Timeframe.Annual("Hàng năm"), null);
        annual.Assign(agency, AssignmentRole.Lead, "Sở Y tế");
        var deadline = plan.AddTask("2", null, "Xây dựng đề án", Timeframe.Deadline("2026", new DateOnly(2026, 12, 31)), null);
        deadline.Assign(agency, AssignmentRole.Lead, "Sở Y tế");
        var grdp = new Target(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);
        grdp.Record(2023, 3m, isBaseline: true, "Niên giám thống kê 2023", new DateOnly(2024, 2, 1), Guid.Empty, Clock.GetUtcNow());
        grdp.Record(2025, 4m, isBaseline: false, "Ước tính", new DateOnly(2025, 12, 1), Guid.Empty, Clock.GetUtcNow());
        plan.AddTarget(grdp);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        var period = new PlanPeriod(plan.Id, ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30)), usesDecree09: false);
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);
        db.Reports.Add(Submitted(annual.Id, agency.Id, period, new ReportContent(ReportedState.InProgress, 40, "Đang làm"), new DateOnly(2025, 11, 20)));
        await db.SaveChangesAsync(ct);
        return new Seeded(plan.Id, period.Id, annual, deadline, agency.Id, grdp.Id);
    }

    private static Report Submitted(int taskId, int agencyId, PlanPeriod period, ReportContent content, DateOnly on)
    {
        var report = new Report(taskId, agencyId, period.Id);
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        Assert.Null(report.Edit(content, Guid.NewGuid(), at));
        Assert.Null(report.Submit(Guid.NewGuid(), at, period.DueOn, on));
        return report;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASnapshotFreezesTheStatusesAndValuesOfItsDay(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeded = await SeedAsync(database, ct);
        var coordinator = Guid.NewGuid();

        int id;
        await using (var db = database.CreateContext())
        {
            id = (await new SnapshotStore(db, Clock).TakeAsync(seeded.PlanId, SnapshotKind.MidTerm, "Sơ kết năm 2025", MidTerm, 2025, coordinator, ct)).Id;
        }

        await using (var db = database.CreateContext())
        {
            var read = await new SnapshotStore(db, Clock).ReadAsync(id, ct);

            Assert.NotNull(read);
            Assert.Equal((SnapshotKind.MidTerm, "Sơ kết năm 2025", MidTerm, 2025, coordinator), (read.Kind, read.Title, read.AsOf, read.Year, read.TakenBy));
            Assert.Equal(
                [("1", "Tuyên truyền hằng năm", "Sở Y tế", ProgressStatus.Overdue, (int?)40), ("2", "Xây dựng đề án", "Sở Y tế", ProgressStatus.NotStarted, null)],
                read.Content.Tasks.Select(t => (t.Ref, t.Title, t.Lead, t.Status, t.Percent)));
            Assert.Equal((1, 1), (read.Content.CountOf(ProgressStatus.Overdue), read.Content.CountOf(ProgressStatus.NotStarted)));
            var indicator = Assert.Single(read.Content.Indicators);
            Assert.Equal((seeded.TargetId, 7m, new Measurement(2023, 3m), new Measurement(2025, 4m), 0.25m, IndicatorState.OffTrack),
                (indicator.TargetId, indicator.Goal, indicator.Baseline!.Value, indicator.Latest!.Value, indicator.Share, indicator.State));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReportsAndValuesFiledAfterTheSnapshotDoNotMoveIt(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeded = await SeedAsync(database, ct);
        int id;
        await using (var db = database.CreateContext())
        {
            id = (await new SnapshotStore(db, Clock).TakeAsync(seeded.PlanId, SnapshotKind.MidTerm, "Sơ kết", MidTerm, 2025, Guid.Empty, ct)).Id;
        }

        await using (var db = database.CreateContext())
        {
            var period = await db.Periods.FindAsync([seeded.PeriodId], ct);
            db.Reports.Add(Submitted(seeded.Deadline.Id, seeded.AgencyId, period!, new ReportContent(ReportedState.Done, 100, "Đã trình đề án", CompletedOn: new DateOnly(2025, 12, 12)), new DateOnly(2025, 12, 12)));
            var target = await db.Targets.FindAsync([seeded.TargetId], ct);
            await db.Entry(target!).Collection(t => t.Values).LoadAsync(ct);
            target!.Record(2025, 6.5m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 1), Guid.Empty, Clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var store = new SnapshotStore(db, Clock);
            var frozen = (await store.ReadAsync(id, ct))!.Content;
            var today = await store.ContentAsync(seeded.PlanId, 2025, new DateOnly(2025, 12, 20), ct);

            Assert.Equal(ProgressStatus.NotStarted, frozen.Tasks[1].Status);
            Assert.Equal(4m, frozen.Indicators[0].Latest!.Value.Value);
            Assert.Equal(ProgressStatus.DoneOnTime, today.Tasks[1].Status);
            Assert.Equal(6.5m, today.Indicators[0].Latest!.Value.Value);

            var comparison = SnapshotComparison.Compare(frozen, today);
            Assert.Equal(TaskChange.Improved, comparison.Tasks.Single(t => t.Ref == "2").Change);
            Assert.Equal((4m, 6.5m), (comparison.Indicators[0].Then!.Value.Value, comparison.Indicators[0].Now!.Value.Value));
        }
    }

    [Fact]
    public void TheContentReadsBackAsItWasWritten()
    {
        var content = SnapshotContent.Of(
            [new SnapshotTask(3, "1.2", "Nhiệm vụ", null, ProgressStatus.AwaitingEvent, null)],
            [new SnapshotIndicator(5, "tăng 50%", "%", null, null, new Measurement(2025, 12.5m), null, IndicatorState.NoBaseline)]);

        var json = SnapshotStore.Serialize(content);
        var read = SnapshotStore.Deserialize(json);

        Assert.Contains("\"AwaitingEvent\"", json, StringComparison.Ordinal);
        Assert.Equal(content.Tasks, read.Tasks);
        Assert.Equal(content.Indicators, read.Indicators);
        Assert.Equal(content.Counts, read.Counts);
    }
}
