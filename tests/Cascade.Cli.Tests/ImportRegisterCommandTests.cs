using Cascade.Testing;

namespace Cascade.Cli.Tests;

public sealed class ImportRegisterCommandTests
{
    [Fact]
    public async Task ARegisterIsLoadedWithItsTasksAndNewAgencies()
    {
        using var cli = new CliRun();

        var imported = await cli.RunAsync("import-register", RepoPaths.GoldRegister(RepoPaths.SeedNames[4]));

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("255/KH-UBND", imported.Output, StringComparison.Ordinal);
        Assert.Contains("19 tasks", imported.Output, StringComparison.Ordinal);
        Assert.Contains("new agency: Sở Y tế", imported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRegisterTwiceIsRefusedTheSecondTime()
    {
        using var cli = new CliRun();
        var gold = RepoPaths.GoldRegister(RepoPaths.SeedNames[0]);
        await cli.RunAsync("import-register", gold);

        var again = await cli.RunAsync("import-register", gold);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("105/KH-UBND", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotARegisterGivesAClearErrorAndLoadsNothing()
    {
        using var cli = new CliRun();
        var file = Path.Combine(Path.GetTempPath(), $"cascade-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{ \"format\": \"plan-register/1\", \"document\": { \"kind\": \"memo\" ", TestContext.Current.CancellationToken);
        try
        {
            var imported = await cli.RunAsync("import-register", file);
            var export = await cli.RunAsync("export", "1");

            Assert.Equal(1, imported.ExitCode);
            Assert.Contains("not valid plan-register JSON", imported.Error, StringComparison.Ordinal);
            Assert.Equal(1, export.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AMissingFileIsNamedInTheError()
    {
        using var cli = new CliRun();

        var imported = await cli.RunAsync("import-register", "/nonexistent/plan.json");

        Assert.Equal(1, imported.ExitCode);
        Assert.Contains("/nonexistent/plan.json", imported.Error, StringComparison.Ordinal);
    }
}
