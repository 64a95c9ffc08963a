using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Timeframes;
using Cascade.Data.DemoData;
using Cascade.Data.Progress;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Progress;

/// <summary>The kept statuses summaries count: always what the engine says today.</summary>
public sealed class TaskStatusCacheTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeptStatusesAgreeWithTheEngineOnEveryDemoTask(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);
        var query = new TaskProgressQuery(db);

        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var detail = (await query.ForYearAsync(db.Tasks, year, Today, ct)).ToDictionary(t => t.TaskId, t => t.Status);
            var kept = await (await query.StatusesAsync(db.Tasks, year, Today, ct)).ToDictionaryAsync(s => s.TaskId, s => s.Status, ct);

            Assert.Equal(detail.OrderBy(p => p.Key), kept.OrderBy(p => p.Key));
        }

        Assert.Contains(await db.TaskYearStatuses.Select(s => s.Status).Distinct().ToListAsync(ct), s => s == ProgressStatus.Overdue);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReportSubmittedAfterTheCountRemovesTheKeptStatusOfItsTask(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var ct = TestContext.Current.CancellationToken;
        await using (var seed = database.CreateContext())
        {
            await DatabaseInitializer.MigrateAndSeedAsync(seed, TimeProvider.System, seedDemoData: true, ct);
        }

        await using var db = database.CreateContext();
        var query = new TaskProgressQuery(db);
        var before = await (await query.StatusesAsync(db.Tasks, 2026, Today, ct)).ToListAsync(ct);
        var reported = await db.Reports.Join(db.Periods.Where(p => p.Year == 2026), r => r.PeriodId, p => p.Id, (r, p) => r.TaskId).ToListAsync(ct);
        var notStarted = before.First(s => s.Status == ProgressStatus.NotStarted && !reported.Contains(s.TaskId));
        var period = await db.Periods.FirstAsync(p => p.PlanId == notStarted.PlanId && p.Year == 2026, ct);
        var report = new Report(notStarted.TaskId, notStarted.LeadAgencyId!.Value, period.Id);
        db.Reports.Add(report);
        var at = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
        Assert.Null(report.Edit(new ReportContent(ReportedState.Done, 100, "Đã hoàn thành"), Guid.NewGuid(), at));
        Assert.Null(report.Submit(Guid.NewGuid(), at, period.DueOn, new DateOnly(2026, 11, 24)));
        await db.SaveChangesAsync(ct);

        var after = await (await query.StatusesAsync(db.Tasks.Where(t => t.Id == notStarted.TaskId), 2026, Today, ct)).SingleAsync(ct);
        Assert.Equal(ProgressStatus.DoneOnTime, after.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AKeptStatusAnotherProcessRemovedIsComputedAgain(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var ct = TestContext.Current.CancellationToken;
        await using (var seed = database.CreateContext())
        {
            await DatabaseInitializer.MigrateAndSeedAsync(seed, TimeProvider.System, seedDemoData: true, ct);
        }

        await using var db = database.CreateContext();
        var query = new TaskProgressQuery(db, new DataStamp(database.Settings));
        var before = await (await query.StatusesAsync(db.Tasks, 2026, Today, ct)).OrderBy(s => s.TaskId).ToListAsync(ct);

        // The command line saving a report removes the task's row in its own process, and moves the save
        // mark: this one's saves never see it.
        var taskId = before[0].TaskId;
        await db.TaskYearStatuses.Where(s => s.TaskId == taskId).ExecuteDeleteAsync(ct);
        await database.MarkAnotherProgramsSaveAsync(ct);
        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);
        var after = await (await query.StatusesAsync(db.Tasks, 2026, Today, ct)).OrderBy(s => s.TaskId).ToListAsync(ct);

        Assert.Equal(before.Select(s => (s.TaskId, s.Status)), after.Select(s => (s.TaskId, s.Status)));
    }

    [Fact]
    public void AStatusHoldsUntilTheDayBeforeTheDueDayPasses()
    {
        var schedule = new TaskSchedule(Timeframe.Annual("Hàng năm"), 2024, annualDueDay: DueDay.Of(11, 30));
        var today = new DateOnly(2026, 11, 25);

        var status = TaskStatusEngine.StatusFor(schedule, 2026, today, []);
        var until = TaskProgressQuery.ValidUntil(schedule, 2026, today, status, []);

        Assert.Equal(ProgressStatus.NotStarted, status);
        Assert.Equal(new DateOnly(2026, 11, 30), until);
        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(schedule, 2026, until!.Value.AddDays(1), []));
    }

    [Fact]
    public void ADoneTaskHoldsItsStatusForever()
    {
        var schedule = new TaskSchedule(Timeframe.Annual("Hàng năm"), 2024, annualDueDay: DueDay.Of(11, 30));
        var today = new DateOnly(2026, 11, 25);
        IReadOnlyList<ProgressReport> reports = [new(2026, new DateOnly(2026, 11, 20), ReportedState.Done, 100)];

        var status = TaskStatusEngine.StatusFor(schedule, 2026, today, reports);

        Assert.Equal(ProgressStatus.DoneOnTime, status);
        Assert.Null(TaskProgressQuery.ValidUntil(schedule, 2026, today, status, reports));
    }
}
