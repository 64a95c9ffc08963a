using System.Net;
using System.Net.Http.Json;
using Cascade.Core.Calendar;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data;
using Cascade.Data.Identity;
using Cascade.Data.Notifications;
using Cascade.Data.Reporting;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cascade.Web.Tests;

/// <summary>Reminders, e-mail, urging notices and the inbox on the demo data, on the demo day 25/11/2026.</summary>
public sealed class NotificationTests
{
    private static readonly DateOnly DemoDay = new(2026, 11, 25);

    // 09:00 in Vietnam.
    private static readonly DateTimeOffset DemoMorning = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<CascadeWebFactory> SiteAsync(FakeTimeProvider clock, SmtpSink? smtp = null) =>
        CascadeWebFactory.CreateAsync(configure: builder =>
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
            if (smtp is not null)
            {
                builder.UseSetting("Cascade:Smtp:Host", "127.0.0.1");
                builder.UseSetting("Cascade:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                builder.UseSetting("Cascade:Smtp:From", "Cascade <cascade@test.local>");
            }
        });

    private static async Task<T> WithDbAsync<T>(CascadeWebFactory site, Func<CascadeDbContext, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CascadeDbContext>());
    }

    private static Task<(NoticeOutcome Created, int Sent)> RunJobAsync(CascadeWebFactory site) =>
        site.Services.GetRequiredService<ReminderJob>().RunOnceAsync(Ct);

    private static async Task<int> AgencyOfAsync(CascadeWebFactory site, DemoAccounts.Account account)
    {
        _ = site.Server;
        using var scope = site.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<CascadeUser>>().FindByEmailAsync(account.Email);
        return user!.AgencyId!.Value;
    }

    [Fact]
    public async Task TheRemindersOfTheDemoDayGoToTheAgenciesBehindAndNotToThoseWhoseReportsAreIn()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock);
        _ = site.Server;
        var caughtUp = await CatchUpOneAgencyAsync(site);
        var owed = await WithDbAsync(site, db => new ReportingQueries(db).OwedOnAsync(DemoDay, Ct));
        var expected = ReminderPlanner.RemindersOn(DemoDay, owed, ReminderPolicy.Default, WorkingCalendar.Statutory);

        var (created, _) = await RunJobAsync(site);

        var notifications = await WithDbAsync(site, db => db.Notifications.AsNoTracking().ToListAsync(Ct));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, created.Notifications);
        Assert.Equal(expected.Select(r => r.DedupKey).Order(), notifications.Select(n => n.DedupKey).Order());
        Assert.DoesNotContain(notifications, n => n.DedupKey.StartsWith($"remind:period {caughtUp.PeriodId}:agency {caughtUp.AgencyId}:", StringComparison.Ordinal));
        Assert.Contains(notifications, n => n.DedupKey.StartsWith($"remind:period {caughtUp.PeriodId}:", StringComparison.Ordinal));
        var travinh = await AgencyOfAsync(site, DemoAccounts.ReporterScienceTraVinh);
        var reminder = Assert.Single(notifications, n => n.AgencyId == travinh && n.DedupKey.Contains("before 5", StringComparison.Ordinal));
        Assert.Contains("30/11/2026", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("còn 3 ngày làm việc đến hạn", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 105/KH-UBND", reminder.Title, StringComparison.Ordinal);
        Assert.Equal("/Inbox", reminder.Link);
        var email = Assert.Single(await WithDbAsync(site, db => db.OutboxEmails.AsNoTracking().Where(e => e.DedupKey.StartsWith(reminder.DedupKey)).ToListAsync(Ct)));
        Assert.Equal(DemoAccounts.ReporterScienceTraVinh.Email, email.To);
        Assert.Null(email.SentAt); // no SMTP host: queued, not sent
    }

    [Fact]
    public async Task RunningTheJobTwiceCreatesNothingNew()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock);
        _ = site.Server;

        var first = await RunJobAsync(site);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await RunJobAsync(site);

        Assert.True(first.Created.Notifications > 0);
        Assert.Equal(NoticeOutcome.None, second.Created);
        Assert.Equal(first.Created.Notifications, await WithDbAsync(site, db => db.Notifications.CountAsync(Ct)));
        Assert.Equal(first.Created.Emails, await WithDbAsync(site, db => db.OutboxEmails.CountAsync(Ct)));
    }

    /// <summary>Two runs at once (two servers, or the job and the CLI): the unique keys let each reminder in once.</summary>
    [Theory]
    [MemberData(nameof(Testing.TestDatabase.Providers), MemberType = typeof(Testing.TestDatabase))]
    public async Task ConcurrentRunsStoreEachReminderOnce(string provider)
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await CascadeWebFactory.CreateAsync(provider, configure: builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        _ = site.Server;
        var expected = await WithDbAsync(site, async db =>
            ReminderPlanner.RemindersOn(DemoDay, await new ReportingQueries(db).OwedOnAsync(DemoDay, Ct), ReminderPolicy.Default, WorkingCalendar.Statutory).Count);

        var runs = await Task.WhenAll(RunJobAsync(site), RunJobAsync(site), RunJobAsync(site));

        Assert.Equal(expected, runs.Sum(r => r.Created.Notifications));
        Assert.Equal(expected, await WithDbAsync(site, db => db.Notifications.CountAsync(Ct)));
        Assert.Equal(runs.Sum(r => r.Created.Emails), await WithDbAsync(site, db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Fact]
    public async Task TheJobTurnedOnRunsByItselfOnTheClock()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await CascadeWebFactory.CreateAsync(configure: builder =>
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
            builder.UseSetting("Cascade:Reminders:Enabled", "true");
        });
        _ = site.Server;

        var count = 0;
        for (var i = 0; i < 100 && count == 0; i++)
        {
            await Task.Delay(100, Ct);
            count = await WithDbAsync(site, db => db.Notifications.CountAsync(Ct));
        }

        Assert.True(count > 0, "The job made the day's reminders at start.");

        // The next day, two working days before 30/11: the job wakes on the clock and sends the "2 days" reminders.
        clock.Advance(TimeSpan.FromDays(1));
        var next = 0;
        for (var i = 0; i < 10 && next == 0; i++)
        {
            await Task.Delay(200, Ct);
            next = await WithDbAsync(site, db => db.Notifications.CountAsync(n => n.DedupKey.EndsWith(":before 2"), Ct));
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.True(next > 0, "The job ran again on the next day.");
    }

    [Fact]
    public async Task EmailGoesOutOverSmtp()
    {
        await using var smtp = new SmtpSink();
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock, smtp);
        _ = site.Server;

        var (created, sent) = await RunJobAsync(site);

        Assert.True(created.Emails > 0);
        Assert.Equal(created.Emails, sent);
        var received = Assert.Single(smtp.Messages, m => m.Recipients.Contains(DemoAccounts.ReporterScienceTraVinh.Email));
        Assert.Equal(DemoAccounts.ReporterScienceTraVinh.Email, received.Message.To.Mailboxes.Single().Address);
        Assert.Equal("cascade@test.local", received.Message.From.Mailboxes.Single().Address);
        Assert.StartsWith("Nhắc báo cáo Kế hoạch số 105/KH-UBND", received.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Hạn nộp: 30/11/2026", received.Message.TextBody, StringComparison.Ordinal);
        var emails = await WithDbAsync(site, db => db.OutboxEmails.AsNoTracking().ToListAsync(Ct));
        Assert.All(emails, e => Assert.NotNull(e.SentAt));

        // Sent once: a second run sends nothing again.
        Assert.Equal(0, (await RunJobAsync(site)).Sent);
        Assert.Equal(created.Emails, smtp.Messages.Count);
    }

    [Fact]
    public async Task AFailingSmtpServerLeavesTheEmailUnsentWithItsError()
    {
        await using var smtp = new SmtpSink(rejectMail: true);
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock, smtp);
        _ = site.Server;

        var (created, sent) = await RunJobAsync(site);

        Assert.True(created.Emails > 0);
        Assert.Equal(0, sent);
        var emails = await WithDbAsync(site, db => db.OutboxEmails.AsNoTracking().ToListAsync(Ct));
        Assert.All(emails, e =>
        {
            Assert.Null(e.SentAt);
            Assert.Equal(1, e.Attempts);
            Assert.Contains("unavailable", e.LastError, StringComparison.Ordinal);
        });
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task AnUnreachableSmtpServerDoesNotStopTheJob()
    {
        int port;
        await using (var closed = new SmtpSink())
        {
            port = closed.Port;
        }

        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await CascadeWebFactory.CreateAsync(configure: builder =>
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
            builder.UseSetting("Cascade:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Cascade:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        _ = site.Server;

        var (created, sent) = await RunJobAsync(site);

        Assert.True(created.Notifications > 0);
        Assert.Equal(0, sent);
        Assert.All(await WithDbAsync(site, db => db.OutboxEmails.AsNoTracking().ToListAsync(Ct)), e => Assert.NotNull(e.LastError));
    }

    [Fact]
    public async Task TheCoordinatorOfTheProvinceUrgesOnceEvenWhenPostingTwice()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock);
        var coordinator = site.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var page = await coordinator.GetPageAsync("/Notifications/Urge");
        var section = page.QuerySelector("section.urge-period")!;
        var periodId = section.GetAttribute("data-period")!;
        var agencyId = section.QuerySelector("tr[data-agency]")!.GetAttribute("data-agency")!;
        var fields = new Dictionary<string, string> { ["periodId"] = periodId, ["agencyId"] = agencyId };

        var first = await coordinator.PostFormAsync("/Notifications/Urge", fields);
        var second = await coordinator.PostFormAsync("/Notifications/Urge", fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var key = NoticeTexts.UrgingKey(int.Parse(periodId, System.Globalization.CultureInfo.InvariantCulture), int.Parse(agencyId, System.Globalization.CultureInfo.InvariantCulture), DemoDay);
        var urged = Assert.Single(await WithDbAsync(site, db => db.Notifications.AsNoTracking().Where(n => n.Kind == "urge").ToListAsync(Ct)));
        Assert.Equal(key, urged.DedupKey);
        Assert.StartsWith("Đôn đốc báo cáo", urged.Title, StringComparison.Ordinal);
        var after = await coordinator.GetPageAsync("/Notifications/Urge");
        Assert.NotNull(after.QuerySelector($"section[data-period='{periodId}'] tr[data-agency='{agencyId}'] .badge"));

        // The API: all the agencies behind in the period, the one already urged today left out.
        using var all = await coordinator.PostAsJsonAsync($"/api/periods/{periodId}/urge", new { }, Ct);
        var outcome = await all.Content.ReadFromJsonAsync<UrgeNotices.Outcome>(Ct);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(1, outcome!.AlreadyUrged);
        Assert.Equal(section.QuerySelectorAll("tr[data-agency]").Length - 1, outcome.Urged);
    }

    [Fact]
    public async Task TheCoordinatorOfAnotherProvinceCannotUrge()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock);
        var page = await site.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetPageAsync("/Notifications/Urge");
        var periodId = page.QuerySelector("section.urge-period")!.GetAttribute("data-period")!;
        var other = site.SignedInClient(DemoAccounts.CoordinatorHaiPhong);

        var byPage = await other.PostFormAsync("/Notifications/Urge", new() { ["periodId"] = periodId });
        using var byApi = await other.PostAsJsonAsync($"/api/periods/{periodId}/urge", new { }, Ct);
        using var byReporter = await site.SignedInClient(DemoAccounts.ReporterScienceTraVinh).PostAsJsonAsync($"/api/periods/{periodId}/urge", new { }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, byPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(0, await WithDbAsync(site, db => db.Notifications.CountAsync(Ct)));
    }

    [Fact]
    public async Task AReporterSeesOnlyTheirAgencysNotifications()
    {
        var clock = new FakeTimeProvider(DemoMorning);
        await using var site = await SiteAsync(clock);
        _ = site.Server;
        await RunJobAsync(site);
        var agency = await AgencyOfAsync(site, DemoAccounts.ReporterScienceTraVinh);
        var theirs = await WithDbAsync(site, db => db.Notifications.Where(n => n.AgencyId == agency).Select(n => n.Id).ToListAsync(Ct));
        var client = site.SignedInClient(DemoAccounts.ReporterScienceTraVinh);

        var json = await client.GetJsonAsync("/api/notifications");
        var page = await client.GetPageAsync("/Notifications");

        Assert.NotEmpty(theirs);
        Assert.True(await WithDbAsync(site, db => db.Notifications.CountAsync(n => n.AgencyId != agency, Ct)) > 0);
        Assert.Equal(theirs.Order(), json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order());
        Assert.Equal(theirs.Count, page.QuerySelectorAll("#notifications li.notification").Length);
        Assert.Equal(theirs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#unread-count")!.Text());

        var read = await client.PostFormAsync("/Notifications", new(), handler: "Read");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null((await client.GetPageAsync("/Notifications")).QuerySelector("#unread-count"));

        var other = await site.SignedInClient(DemoAccounts.ReporterHealthHaiPhong).GetJsonAsync("/api/notifications");
        var healthAgency = await AgencyOfAsync(site, DemoAccounts.ReporterHealthHaiPhong);
        var healthCount = await WithDbAsync(site, db => db.Notifications.CountAsync(n => n.AgencyId == healthAgency, Ct));
        Assert.Equal(healthCount, other.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain(other.GetProperty("items").EnumerateArray(), i => theirs.Contains(i.GetProperty("id").GetInt64()));
    }

    /// <summary>Submits every report one agency owes in a period of the day, so that it is no longer behind; answers what it owed.</summary>
    private static async Task<OwedReports> CatchUpOneAgencyAsync(CascadeWebFactory site)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        var queries = new ReportingQueries(db);
        var owed = await queries.OwedOnAsync(DemoDay, Ct);
        var target = owed.First(o => o.DueOn == new DateOnly(2026, 11, 30));
        var period = await db.Periods.SingleAsync(p => p.Id == target.PeriodId, Ct);
        var tasks = (await queries.ExpectedAsync(period, Ct)).Where(t => t.ReportingAgencyId == target.AgencyId).Select(t => t.TaskId).ToList();
        var existing = await db.Reports.Where(r => r.PeriodId == period.Id && tasks.Contains(r.TaskId)).ToDictionaryAsync(r => r.TaskId, Ct);
        var at = DemoMorning.AddHours(-1);
        foreach (var task in tasks)
        {
            if (!existing.TryGetValue(task, out var report))
            {
                report = new Report(task, target.AgencyId, period.Id);
                report.Edit(new ReportContent(Core.Progress.ReportedState.InProgress, 60, "Đang triển khai."), Guid.Empty, at);
                db.Reports.Add(report);
            }

            if (report.Status == ReportStatus.Draft)
            {
                Assert.Null(report.Submit(Guid.Empty, at, period.DueOn, DemoDay));
            }
        }

        await db.SaveChangesAsync(Ct);
        Assert.DoesNotContain(await queries.OwedOnAsync(DemoDay, Ct), o => o.AgencyId == target.AgencyId && o.PeriodId == target.PeriodId);
        return target;
    }
}
