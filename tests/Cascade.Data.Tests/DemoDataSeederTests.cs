using Cascade.Data.DemoData;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

public sealed class DemoDataSeederTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEmptyDatabaseGetsTheFiveSeedPlansOnceOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;

        var first = await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);
        var second = await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);

        Assert.Equal(5, first);
        Assert.Equal(0, second);
        Assert.Equal(5, await db.Plans.CountAsync(ct));
        Assert.Equal(76, await db.Tasks.CountAsync(ct));
    }

    [Fact]
    public void TheDemoRegistersAreTheGoldRegistersOfTheSeeds()
    {
        var demo = DemoDataSeeder.ReadRegisters().Select(Import.Registers.PlanRegisterJson.Write).Order(StringComparer.Ordinal).ToList();
        var gold = RepoPaths.SeedNames
            .Select(n => Import.Registers.PlanRegisterJson.Read(File.ReadAllText(RepoPaths.GoldRegister(n))).Register!)
            .Select(Import.Registers.PlanRegisterJson.Write).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(gold, demo);
    }
}
