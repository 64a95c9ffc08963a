using Microsoft.EntityFrameworkCore;

namespace Cascade.Cli.Tests;

public sealed class RemindCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDryRunPrintsTheRemindersPerAgencyAndWritesNothing()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo-data")).ExitCode);
        var before = await CountAsync(cli);

        var run = await cli.RunAsync("remind", "--dry-run", "--on", "2026-11-25");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((0, 0), before);
        Assert.Equal(before, await CountAsync(cli));
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        // Since the 2025 merger, Vĩnh Long's Sở KH&CN holds the tasks Trà Vinh's plan gave its Sở KH&CN.
        var agency = Array.IndexOf(lines, "Sở Khoa học và Công nghệ Vĩnh Long");
        Assert.True(agency > 0, run.Output);
        Assert.Matches(@"^Kế hoạch số 105/KH-UBND, năm 2026: due 30/11/2026, before due, 3 working days left \(reminder at 5\), \d+ reports missing$", lines[agency + 1]);
        Assert.StartsWith("Reminders of 25/11/2026: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutDryRunItCreatesTheRemindersOnce()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo-data")).ExitCode);

        var first = await cli.RunAsync("remind", "--on", "2026-11-25");
        var created = (await CountAsync(cli)).Notifications;
        var second = await cli.RunAsync("remind", "--on", "2026-11-25");

        Assert.True(created > 0);
        Assert.Contains($"Created {created} new notifications", first.Output, StringComparison.Ordinal);
        Assert.Contains("Created 0 new notifications", second.Output, StringComparison.Ordinal);
        Assert.Equal(created, (await CountAsync(cli)).Notifications);
    }

    [Fact]
    public async Task AWrongDayIsRefused()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("remind", "--dry-run", "--on", "25/11/2026");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Notifications, int Emails)> CountAsync(CliRun cli)
    {
        await using var db = cli.OpenDatabase();
        return (await db.Notifications.CountAsync(Ct), await db.OutboxEmails.CountAsync(Ct));
    }
}
