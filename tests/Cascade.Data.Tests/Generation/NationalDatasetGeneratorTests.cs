using Cascade.Core.Access;
using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Data.Generation;
using Cascade.Data.Progress;
using Cascade.Data.Reporting;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Generation;

/// <summary>The synthetic national dataset at a small scale: 2 provinces and 5 communes, the real task counts per plan.</summary>
public sealed class NationalDatasetGeneratorTests
{
    private static readonly GenerationScale Small = new(Provinces: 2, Communes: 5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWebAppServingTheDatabaseLearnsOfTheDatasetByTheSaveMark(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var before = await new DataStamp(database.Settings).CurrentAsync(Ct);

        await new NationalDatasetGenerator(db, Small).GenerateAsync(Ct);

        Assert.NotEqual(before, await new DataStamp(database.Settings).CurrentAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ItWritesEveryTableAndTheCountsItReports(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var summary = await new NationalDatasetGenerator(db, Small).GenerateAsync(Ct);

        await using var read = database.CreateContext();
        Assert.Equal(2, await read.AdministrativeUnits.CountAsync(u => u.ParentId == null, Ct));
        Assert.Equal(5, await read.AdministrativeUnits.CountAsync(u => u.ParentId != null && u.Code.Length == 5, Ct));
        Assert.Equal(7, summary.Plans);
        Assert.Equal(2 * 50 + 5 * 15, summary.Tasks);
        Assert.Equal(summary.Tasks, await read.Tasks.CountAsync(Ct));
        Assert.Equal(summary.Agencies, await read.Agencies.CountAsync(Ct));
        Assert.Equal(summary.Assignments, await read.Assignments.CountAsync(Ct));
        Assert.Equal(summary.Targets, await read.Targets.CountAsync(Ct));
        Assert.Equal(summary.IndicatorValues, await read.IndicatorValues.CountAsync(Ct));
        Assert.Equal(7 * 7 * 4, await read.Periods.CountAsync(Ct));
        Assert.Equal(summary.Reports, await read.Reports.CountAsync(Ct));
        Assert.Equal(summary.ReportEvents, await read.ReportEvents.CountAsync(Ct));

        // A lead and at least two coordinating agencies on every task, each held by the agency named.
        Assert.All(await read.Tasks.Select(t => new
            {
                Leads = t.Assignments.Count(a => a.Role == AssignmentRole.Lead),
                Coordinating = t.Assignments.Count(a => a.Role == AssignmentRole.Coordinating),
            }).ToListAsync(Ct),
            t => Assert.True(t.Leads == 1 && t.Coordinating >= 2, $"{t.Leads} lead(s), {t.Coordinating} coordinating"));
        Assert.Equal(0, await read.Assignments.CountAsync(a => a.CurrentAgencyId != a.AgencyId, Ct));

        // A baseline and one value a year 2024–2030 for every target.
        Assert.Equal(summary.Targets * 8, summary.IndicatorValues);
        Assert.Equal(summary.Targets, await read.IndicatorValues.CountAsync(v => v.IsBaseline, Ct));

        // Every report kind appears, and the submitted ones have their events.
        var statuses = await read.Reports.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Ct);
        Assert.Equal(Enum.GetValues<ReportStatus>().Order(), statuses.Keys.Order());
        Assert.True(statuses[ReportStatus.Accepted] > statuses.Where(s => s.Key != ReportStatus.Accepted).Sum(s => s.Value), "most reports are accepted");
        Assert.True(await read.Reports.AnyAsync(r => r.IsLate, Ct));
        Assert.True(await read.Reports.AnyAsync(r => r.Difficulties != null && r.Proposals != null, Ct));
        Assert.Equal(0, await read.Reports.CountAsync(r => r.Status != ReportStatus.Draft && !read.ReportEvents.Any(e => e.ReportId == r.Id && e.Action == ReportAction.Submitted), Ct));
        Assert.Equal(statuses[ReportStatus.Returned], await read.ReportEvents.CountAsync(e => e.Action == ReportAction.Returned, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAppReadsTheDataBackThroughItsOwnQueries(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new NationalDatasetGenerator(db, Small).GenerateAsync(Ct);
        }

        await using var read = database.CreateContext();
        var task = await read.Tasks.Include(t => t.Assignments).ThenInclude(a => a.Agency).OrderBy(t => t.Id).FirstAsync(Ct);
        Assert.Equal("I.1", task.Ref);
        Assert.NotNull(task.Group);
        var plan = await read.Plans.SingleAsync(p => p.Id == task.PlanId, Ct);
        Assert.Equal(plan.AdministrativeUnitId, task.Assignments.Single(a => a.Role == AssignmentRole.Lead).Agency!.AdministrativeUnitId);
        Assert.All(task.Assignments, a => Assert.Equal(a.Agency!.Name, a.PrintedName));

        var report = await read.Reports.Where(r => r.Status == ReportStatus.Accepted)
            .Join(read.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { Report = r, Period = p })
            .OrderBy(x => x.Report.Id).FirstAsync(Ct);
        Assert.InRange(report.Period.Year, 2024, 2030);
        Assert.NotNull(report.Report.SubmittedAt);
        Assert.Equal(report.Report.SubmittedOn > report.Period.DueOn, report.Report.IsLate);

        // Reports exist only where the app expects one: the same rule as the inbox and reminders.
        var provincePlan = await read.Plans.Where(p => p.Level == Core.Documents.GovernmentLevel.Province).OrderBy(p => p.Id).FirstAsync(Ct);
        var periods = await read.Periods.Where(p => p.PlanId == provincePlan.Id).ToListAsync(Ct);
        var expected = await new ReportingQueries(read).ExpectedAsync(periods, Ct);
        var reports = await read.Reports.Where(r => periods.Select(p => p.Id).Contains(r.PeriodId)).Select(r => new { r.PeriodId, r.TaskId, r.AgencyId }).ToListAsync(Ct);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Contains(expected[r.PeriodId], e => e.TaskId == r.TaskId && e.ReportingAgencyId == r.AgencyId));

        // Each year the province plans' tasks all get a status; in the plans' life every status the engine knows shows up.
        var provincePlans = read.Plans.Where(p => p.Level == Core.Documents.GovernmentLevel.Province).Select(p => p.Id);
        var taskCount = await read.Tasks.CountAsync(t => provincePlans.Contains(t.PlanId), Ct);
        var seen = new HashSet<ProgressStatus>();
        for (var year = 2025; year <= 2029; year++)
        {
            var progress = await new TaskProgressQuery(read).ForYearAsync(
                read.Tasks.Where(t => provincePlans.Contains(t.PlanId)), year, new DateOnly(year, 11, 25), Ct);
            Assert.Equal(taskCount, progress.Count);
            seen.UnionWith(progress.Select(p => p.Status));
        }

        Assert.Equal(Enum.GetValues<ProgressStatus>().Order(), seen.Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSameSeedGivesTheSameDataAndAFullDatabaseIsLeftAlone(string provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        foreach (var database in new[] { first, second })
        {
            await using var db = database.CreateContext();
            await new NationalDatasetGenerator(db, Small with { ProvinceTasks = 10, CommuneTasks = 4 }).GenerateAsync(Ct);
        }

        Assert.Equal(await FingerprintAsync(first), await FingerprintAsync(second));

        await using var again = first.CreateContext();
        var refused = await Assert.ThrowsAsync<GenerationRefusedException>(() => new NationalDatasetGenerator(again, Small).GenerateAsync(Ct));
        Assert.Contains("empty database", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheGeneratedAccountsSeeTheirShare(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new NationalDatasetGenerator(db, Small).GenerateAsync(Ct);
        }

        await using var read = database.CreateContext();
        var reporter = await read.Users.SingleAsync(u => u.Email == GeneratedAccounts.ProvinceReporter, Ct);
        var scope = new UserScope(Role.AgencyReporter, new HashSet<int>(), new HashSet<int> { reporter.AgencyId!.Value });
        var plans = await read.Plans.Where(Visibility.Plans(scope)).CountAsync(Ct);
        Assert.InRange(plans, 1, 7);
        var roles = await read.UserRoles.Join(read.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(Ct);
        var viewer = await read.Users.SingleAsync(u => u.Email == GeneratedAccounts.NationalViewer, Ct);
        Assert.Contains(roles, r => r.UserId == viewer.Id && r.Name == nameof(Role.NationalViewer));
        Assert.Equal(5, await read.Users.CountAsync(Ct));
    }

    [Fact]
    public void AColumnTheGeneratorDoesNotWriteFailsLoudly()
    {
        using var db = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:").CreateContext();

        var missing = Assert.Throws<InvalidOperationException>(() => TableShape.For<Core.Reports.Report>(db, "Id", "TaskId"));
        Assert.Contains("AgencyId", missing.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<InvalidOperationException>(() => TableShape.For<PlanTask>(db, "Id", "Timeframe.Colour"));
        Assert.Contains("Timeframe.Colour", unknown.Message, StringComparison.Ordinal);

        var tasks = TableShape.For<PlanTask>(db, "Id", "PlanId", "Ref", "Title", "Order", "Timeframe.Kind");
        Assert.Equal("Tasks", tasks.Table);
        Assert.Equal("TimeframeKind", tasks.Columns[^1].Name);
    }

    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var tasks = await db.Tasks.OrderBy(t => t.Id).Select(t => t.Id + t.Title + t.Timeframe.Text).ToListAsync(Ct);
        var reports = await db.Reports.OrderBy(r => r.Id).Select(r => $"{r.Id}/{r.TaskId}/{r.PeriodId}/{r.Status}/{r.PercentDone}/{r.SubmittedOn}").ToListAsync(Ct);
        var units = await db.AdministrativeUnits.OrderBy(u => u.Id).Select(u => u.Code + u.Name).ToListAsync(Ct);
        return string.Join('|', units.Concat(tasks).Concat(reports));
    }
}
