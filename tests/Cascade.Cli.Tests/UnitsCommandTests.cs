using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Cli.Tests;

public sealed class UnitsCommandTests
{
    private static string Sample => Path.Combine(RepoPaths.Root, "src", "Cascade.Data", "DemoData", "communes-sample.csv");

    [Fact]
    public async Task TheSampleCommuneListLoadsUnderItsProvinces()
    {
        using var cli = new CliRun();

        var loaded = await cli.RunAsync("units", "load-communes", Sample);

        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("Loaded 13 communes (0 already known); 0 lines refused.", loaded.Output, StringComparison.Ordinal);
        await using var db = cli.OpenDatabase();
        Assert.Equal(86 + 13, await db.AdministrativeUnits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EveryRefusedLineIsNamedAndTheOthersAreLoaded()
    {
        using var cli = new CliRun();
        var file = Path.Combine(Path.GetTempPath(), $"communes-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "29551,Phường Thanh Đức,86,phường\n123,Xã Ngắn,86,xã\n29552,Xã Lạ,99,xã\n", TestContext.Current.CancellationToken);
        try
        {
            var loaded = await cli.RunAsync("units", "load-communes", file);

            Assert.Equal(2, loaded.ExitCode);
            Assert.Contains("Loaded 1 communes", loaded.Output, StringComparison.Ordinal);
            Assert.Contains("Dòng 2: mã xã phải có 5 chữ số", loaded.Error, StringComparison.Ordinal);
            Assert.Contains("Dòng 3: mã tỉnh “99”", loaded.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ADatabaseOfPlansStoredBeforeTheCatalogueIsBroughtToThe2025Map()
    {
        using var cli = new CliRun();
        var ct = TestContext.Current.CancellationToken;
        await using (var db = cli.OpenDatabase())
        {
            // Trà Vinh as a database seeded before the catalogue knew of the mergers has it: no dates, no successor.
            await db.Database.MigrateAsync(ct);
            db.AdministrativeUnits.Add(new Core.AdministrativeUnits.AdministrativeUnit("84", "Trà Vinh", Core.AdministrativeUnits.AdministrativeUnitKind.Province));
            await db.SaveChangesAsync(ct);
        }

        Assert.Equal(0, (await cli.RunAsync("import-register", RepoPaths.GoldRegister("000_a067e6b2a3273be3"))).ExitCode);

        var upgraded = await cli.RunAsync("units", "load-provinces");

        Assert.Equal(0, upgraded.ExitCode);
        Assert.Matches(@"^Added 85 province-level units; [1-9]\d* agencies ended by the 2025 rules; [1-9]\d* assignments moved to today's agencies\.", upgraded.Output);
        await using var after = cli.OpenDatabase();
        var lead = await after.Assignments.Where(a => a.PrintedName == "Sở Kế hoạch và Đầu tư" && a.Role == Core.Tasks.AssignmentRole.Lead)
            .Select(a => new { a.CurrentAgency!.Name, Unit = after.AdministrativeUnits.Where(u => u.Id == a.CurrentAgency.AdministrativeUnitId).Select(u => u.Name).First() })
            .SingleAsync(ct);
        Assert.Equal(("Sở Tài chính", "Vĩnh Long"), (lead.Name, lead.Unit));
    }

    [Fact]
    public async Task TheProvinceCatalogueLoadsOnce()
    {
        using var cli = new CliRun();

        var first = await cli.RunAsync("units", "load-provinces");
        var second = await cli.RunAsync("units", "load-provinces");

        Assert.Equal("Added 86 province-level units; 0 agencies ended by the 2025 rules; 0 assignments moved to today's agencies.", first.Output.Trim());
        Assert.StartsWith("Added 0 province-level units;", second.Output.Trim(), StringComparison.Ordinal);
    }
}
