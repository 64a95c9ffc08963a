using Cascade.Core.Documents;
using Cascade.Core.Targets;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Progress;

/// <summary>One figure per year in the database too: replacing keeps the old one in the audit trail, racing is refused.</summary>
public sealed class IndicatorValueStorageTests
{
    private static readonly DateTimeOffset Entered = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);

    private static async Task<int> SeedAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2023, 11, 3), "UBND tỉnh Trà Vinh", GovernmentLevel.Province, "Trà Vinh", null, "Kế hoạch");
        var grdp = new Target(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);
        plan.AddTarget(grdp);
        grdp.Record(2025, 4m, isBaseline: false, "Ước tính của Sở", new DateOnly(2025, 12, 1), Guid.Empty, Entered);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return grdp.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReplacedValueIsGoneFromTheIndicatorButKeptInTheAuditTrail(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var targetId = await SeedAsync(database, ct);

        await using (var db = database.CreateContext())
        {
            var target = await db.Targets.Include(t => t.Values).SingleAsync(t => t.Id == targetId, ct);
            target.Record(2025, 4.4m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 10), Guid.Empty, Entered.AddMonths(1));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var value = await db.IndicatorValues.SingleAsync(v => v.TargetId == targetId, ct);
            Assert.Equal((4.4m, "Niên giám thống kê 2025"), (value.Value, value.Source));
            var deleted = await db.AuditTrail.SingleAsync(a => a.EntityType == nameof(IndicatorValue) && a.Action == "Deleted", ct);
            Assert.Contains("Ước tính của Sở", deleted.Before, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoPeopleAddingTheSameYearAtOnceCannotBothSucceed(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var targetId = await SeedAsync(database, ct);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Targets.Include(t => t.Values).SingleAsync(t => t.Id == targetId, ct);
        var theirs = await second.Targets.Include(t => t.Values).SingleAsync(t => t.Id == targetId, ct);

        mine.Record(2026, 5m, isBaseline: false, "Ước tính quý III", new DateOnly(2026, 10, 1), Guid.Empty, Entered);
        theirs.Record(2026, 5.2m, isBaseline: false, "Ước tính quý III của Cục Thống kê", new DateOnly(2026, 10, 2), Guid.Empty, Entered);
        await first.SaveChangesAsync(ct);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync(ct));
        await using var db = database.CreateContext();
        Assert.Equal([5m], await db.IndicatorValues.Where(v => v.Year == 2026).Select(v => v.Value).ToListAsync(ct));
    }
}
