using Cascade.Data;
using Cascade.Data.DemoData;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>A test database holding the demo data: the five plans, their periods 2024–2026 and reports.</summary>
internal static class DemoDatabase
{
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DemoDataSeeder(db, TimeProvider.System).SeedIfEmptyAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public static Task<int> PlanIdAsync(this CascadeDbContext db, string number) =>
        db.Plans.Where(p => p.NumberKey == number.ToUpperInvariant()).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
}
