using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Registers;

/// <summary>A register stored and exported again is the register that went in, on both databases.</summary>
public sealed class RegisterStoreRoundTripTests
{
    public static TheoryData<string, string> ProvidersAndSeeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            foreach (var seed in RepoPaths.SeedNames)
            {
                data.Add(provider, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndSeeds))]
    public async Task GoldRegisterStoredAndExportedEqualsTheGold(string provider, string seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var gold = (await PlanRegisterJson.ReadFileAsync(RepoPaths.GoldRegister(seed), TestContext.Current.CancellationToken)).Register!;

        int planId;
        await using (var db = database.CreateContext())
        {
            var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(gold, TestContext.Current.CancellationToken);
            Assert.True(saved.Succeeded, saved.Error);
            planId = saved.PlanId!.Value;
        }

        await using (var db = database.CreateContext())
        {
            var exported = await new RegisterStore(db, TimeProvider.System).ExportAsync(planId, TestContext.Current.CancellationToken);
            Assert.NotNull(exported);
            Assert.Equal(PlanRegisterJson.Write(gold), PlanRegisterJson.Write(exported));

            var scored = await CompareRegister.RunAsync(RepoPaths.GoldRegister(seed), exported);
            Assert.True(scored.Matches, scored.Output);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APlanNumberAlreadyStoredIsRefusedAndNothingIsAdded(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = DemoDataSeeder.ReadRegisters().First(r => r.Document.Number is not null);
        await using var db = database.CreateContext();
        var store = new RegisterStore(db, TimeProvider.System);
        Assert.True((await store.SaveAsync(register, TestContext.Current.CancellationToken)).Succeeded);

        var again = await store.SaveAsync(register, TestContext.Current.CancellationToken);

        Assert.False(again.Succeeded);
        Assert.Contains(register.Document.Number!, again.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.Plans.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAgencyNamedInSeveralTasksOfOnePlanIsOneAgency(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var haiPhong = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "255/KH-UBND");
        await using var db = database.CreateContext();
        await new RegisterStore(db, TimeProvider.System).SaveAsync(haiPhong, TestContext.Current.CancellationToken);

        var health = await db.Agencies.Where(a => a.Name == "Sở Y tế").ToListAsync(TestContext.Current.CancellationToken);
        var ledByHealth = await db.Assignments.CountAsync(a => a.Agency!.Name == "Sở Y tế" && a.Role == Core.Tasks.AssignmentRole.Lead, TestContext.Current.CancellationToken);

        Assert.Single(health);
        Assert.Equal(2, ledByHealth);
    }
}
