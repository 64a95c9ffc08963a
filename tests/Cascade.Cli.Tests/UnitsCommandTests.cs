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
    public async Task TheProvinceCatalogueLoadsOnce()
    {
        using var cli = new CliRun();

        var first = await cli.RunAsync("units", "load-provinces");
        var second = await cli.RunAsync("units", "load-provinces");

        Assert.Equal("Added 86 province-level units.", first.Output.Trim());
        Assert.Equal("Added 0 province-level units.", second.Output.Trim());
    }
}
