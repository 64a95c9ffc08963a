using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Data.DemoData;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cascade.Data.Tests.Reorganisation;

/// <summary>The demo plans of 2023–2024, seeded in late 2026: every task held by an agency of today.</summary>
public sealed class DemoRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FakeTimeProvider LateIn2026 = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    private static async Task<CascadeDbContext> SeededAsync(TestDatabase database)
    {
        var db = database.CreateContext();
        await new DemoDataSeeder(db, LateIn2026).SeedIfEmptyAsync(Ct);
        return db;
    }

    private static IQueryable<Assignment> OfPlan(CascadeDbContext db, string number, string taskRef) =>
        db.Assignments.Include(a => a.Agency).Include(a => a.CurrentAgency)
            .Where(a => db.Tasks.Any(t => t.Id == a.TaskId && t.Ref == taskRef && db.Plans.Any(p => p.Id == t.PlanId && p.NumberKey == number)));

    private static Task<string> UnitNameAsync(CascadeDbContext db, int? unitId) =>
        db.AdministrativeUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(Ct);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheTraVinhTaskLedByThePlanningDepartmentIsHeldByTheFinanceDepartmentOfVinhLong(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await SeededAsync(database);

        var lead = await OfPlan(db, "105/KH-UBND", "9").SingleAsync(a => a.Role == AssignmentRole.Lead, Ct);

        Assert.Equal("Sở Kế hoạch và Đầu tư", lead.PrintedName);
        Assert.Equal(("Sở Kế hoạch và Đầu tư", "Trà Vinh"), (lead.Agency!.Name, await UnitNameAsync(db, lead.Agency.AdministrativeUnitId)));
        Assert.Equal(("Sở Tài chính", "Vĩnh Long"), (lead.CurrentAgency!.Name, await UnitNameAsync(db, lead.CurrentAgency.AdministrativeUnitId)));
        Assert.True(lead.IsMoved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThePlanningDepartmentBecameTraVinhsFinanceDepartmentThenVinhLongs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await SeededAsync(database);
        var planning = (await OfPlan(db, "105/KH-UBND", "9").SingleAsync(a => a.Role == AssignmentRole.Lead, Ct)).AgencyId;

        var links = await new Data.Reorganisation.AssignmentRouting(db).LinksAsync(Ct);
        var chain = AgencyHolder.ChainOn(planning, new DateOnly(2026, 11, 25), links);
        var successors = chain.Select(l => l.SuccessorId).ToList();
        var names = (await db.Agencies.Where(a => successors.Contains(a.Id))
                .Select(a => new { a.Id, Name = a.Name + " / " + db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).First() })
                .ToListAsync(Ct))
            .ToDictionary(a => a.Id, a => a.Name);

        Assert.Equal(
            [("Sở Tài chính / Trà Vinh", new DateOnly(2025, 3, 1), "Nghị định số 45/2025/NĐ-CP của Chính phủ"),
             ("Sở Tài chính / Vĩnh Long", new DateOnly(2025, 7, 1), "Nghị quyết số 202/2025/QH15 của Quốc hội")],
            chain.Select(l => (names[l.SuccessorId], l.EffectiveOn, l.LegalBasis)));
        Assert.Equal(new DateOnly(2025, 2, 28), (await db.Agencies.SingleAsync(a => a.Id == planning, Ct)).ValidTo);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheProvincesOfTheDemoPlansHaveTheirStandardDepartmentsOfToday(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await SeededAsync(database);

        foreach (var (province, code) in new[] { ("Vĩnh Long", "86"), ("An Giang", "91"), ("Hải Phòng", "31"), ("Lạng Sơn", "20") })
        {
            var unit = await db.AdministrativeUnits.SingleAsync(u => u.Code == code && u.ValidTo == null, Ct);
            var departments = await db.Agencies.Where(a => a.AdministrativeUnitId == unit.Id && a.ValidTo == null).Select(a => a.Name).ToListAsync(Ct);
            Assert.Equal(province, unit.Name);
            Assert.All(StandardDepartments.Of(unit.Kind), d => Assert.Contains(d, departments));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryMergedOrRenamedAgencyOfTheDemoPlansHandsItsTasksToAnAgencyOfToday(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await SeededAsync(database);

        var moved = await db.Assignments.Where(a => a.CurrentAgencyId != a.AgencyId).Select(a => a.CurrentAgency!.ValidTo).ToListAsync(Ct);
        var stuck = await db.Assignments.Where(a => a.CurrentAgency!.ValidTo != null).CountAsync(Ct);

        Assert.NotEmpty(moved);
        Assert.Equal(0, stuck);
        var information = await OfPlan(db, "255/KH-UBND", "I.1").Where(a => a.PrintedName == "Sở Thông tin và Truyền thông").Select(a => a.CurrentAgency!.Name).ToListAsync(Ct);
        Assert.Equal(["Sở Khoa học và Công nghệ"], information);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReportIsFiledByTheAgencyThatHeldTheTaskOnItsDueDay(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await SeededAsync(database);

        var reports = await db.Reports
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.AgencyId, p.Year, p.DueOn, p.PlanId })
            .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { r.Year, r.DueOn, r.PlanId, a.ValidTo, a.AdministrativeUnitId })
            .Join(db.AdministrativeUnits, r => r.AdministrativeUnitId, u => u.Id, (r, u) => new { r.Year, r.DueOn, r.PlanId, r.ValidTo, Unit = u.Name })
            .Where(r => db.Plans.Any(p => p.Id == r.PlanId && p.NumberKey == "105/KH-UBND"))
            .ToListAsync(Ct);

        // In 2024 Trà Vinh's agencies reported; from 2025 no report is by an agency that had ended by its due day.
        Assert.Contains(reports, r => r.Year == 2024);
        Assert.All(reports.Where(r => r.Year == 2024), r => Assert.Equal("Trà Vinh", r.Unit));
        Assert.All(reports, r => Assert.True(r.ValidTo is null || r.ValidTo >= r.DueOn, $"{r.Year}: filed by an agency that ended {r.ValidTo}"));
        Assert.Contains(reports, r => r.Year == 2025 && r.Unit == "Vĩnh Long");
    }
}
