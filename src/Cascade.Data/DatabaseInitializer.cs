using Cascade.Data.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data;

/// <summary>Brings a database up to date at start: migrations first, then demo data if it is empty.</summary>
public static class DatabaseInitializer
{
    public static async Task<int> MigrateAndSeedAsync(CascadeDbContext db, TimeProvider clock, bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        return seedDemoData ? await new DemoDataSeeder(db, clock).SeedIfEmptyAsync(cancellationToken) : 0;
    }
}
