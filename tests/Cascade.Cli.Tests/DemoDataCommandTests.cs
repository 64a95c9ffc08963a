using Microsoft.EntityFrameworkCore;

namespace Cascade.Cli.Tests;

public sealed class DemoDataCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheNationalScaleAtASmallSizeFillsTheDatabaseAndPrintsTheCounts()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("demo-data", "--scale", "national", "--provinces", "2", "--communes", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"│ Tasks\s+│ 145\s+│", run.Output);
        Assert.Contains("baocao.skhcn@cascade.local", run.Output, StringComparison.Ordinal);
        await using var db = cli.OpenDatabase();
        Assert.Equal(5, await db.Plans.CountAsync(Ct));
        Assert.Equal(2, await db.AdministrativeUnits.CountAsync(u => u.ParentId == null, Ct));
    }

    [Fact]
    public async Task ASecondLoadIntoTheSameDatabaseIsRefusedAndChangesNothing()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo-data", "--scale", "national", "--provinces", "1", "--communes", "1")).ExitCode);
        await using var before = cli.OpenDatabase();
        var reports = await before.Reports.CountAsync(Ct);

        var again = await cli.RunAsync("demo-data", "--scale", "national", "--provinces", "1", "--communes", "1");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("empty database", again.Error, StringComparison.Ordinal);
        await using var after = cli.OpenDatabase();
        Assert.Equal(reports, await after.Reports.CountAsync(Ct));
    }

    [Theory]
    [InlineData("--scale", "country")]
    [InlineData("--scale", "national", "--provinces", "35")]
    [InlineData("--scale", "national", "--provinces", "0")]
    [InlineData("--scale", "national", "--communes", "-1")]
    [InlineData("--provinces", "2")]
    public async Task WrongSizesAreRefusedBeforeAnythingIsWritten(params string[] args)
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync(["demo-data", .. args]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
        Assert.DoesNotContain("Tasks", run.Output, StringComparison.Ordinal);
    }
}
