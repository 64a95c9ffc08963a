using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// An enterprise applies from the public page of a task without an account; the lead department
/// decides; an accepted organisation shows on the task and can be named in the task's report.
/// </summary>
public sealed class OrganisationParticipationTests
{
    private static Dictionary<string, string> Application(string name = "Công ty TNHH Nấm Sinh học Cửu Long") => new()
    {
        ["Form.Name"] = name,
        ["Form.Kind"] = "Enterprise",
        ["Form.TaxCode"] = "2100123456",
        ["Form.ContactPerson"] = "Nguyễn Văn An",
        ["Form.Email"] = "an.nguyen@namcuulong.vn",
        ["Form.Phone"] = "0912 345 678",
        ["Form.Application"] = "Cung cấp giống nấm và chuyển giao quy trình nuôi trồng.",
    };

    /// <summary>The public page of the task with the given number, once its plan (the only one published) is.</summary>
    private static async Task<string> PublicTaskUrlAsync(HttpClient anonymous, string taskRef)
    {
        var province = Assert.Single((await anonymous.GetPageAsync("/CongKhai")).QuerySelectorAll("#provinces a")).GetAttribute("href")!;
        var page = await anonymous.GetPageAsync(province);
        return page.QuerySelectorAll("section.plan ul.tasks a").First(a => a.Text().StartsWith(taskRef + ". ", StringComparison.Ordinal)).GetAttribute("href")!;
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(expected, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<T> ReadAsync<T>(CascadeWebFactory factory, Func<CascadeDbContext, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CascadeDbContext>());
    }

    [Fact]
    public async Task AnOrganisationAppliesTheLeadAcceptsItAndItIsOnTheTaskAndInTheReport()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var lead = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        await Publishing.PublishAsync(coordinator, "105/KH-UBND");
        var anonymous = factory.CreateClient();
        var task = await PublicTaskUrlAsync(anonymous, "3");

        var wrong = Application();
        wrong["Form.Email"] = "an.nguyen@";
        wrong["Form.Phone"] = "12345";
        var refused = await PostAsync(anonymous, task, wrong);
        Assert.Equal(2, refused.QuerySelectorAll("#errors li").Length);
        Assert.Equal("an.nguyen@", refused.QuerySelector("#Form_Email")!.GetAttribute("value"));
        Assert.Equal(0, await ReadAsync(factory, db => db.TaskParticipations.CountAsync(TestContext.Current.CancellationToken)));

        var sent = await PostAsync(anonymous, task, Application());
        Assert.StartsWith("Đã gửi, cơ quan chủ trì sẽ xem xét", sent.QuerySelector("#sent")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(sent.QuerySelector("#organisations-empty"));
        var again = await PostAsync(anonymous, task, Application());
        Assert.Contains("đã đăng ký tham gia nhiệm vụ này", again.QuerySelector("#errors")!.Text(), StringComparison.Ordinal);

        var applications = await lead.GetPageAsync("/Organisations");
        var card = Assert.Single(applications.QuerySelectorAll("#applications .application"));
        Assert.Contains("0912345678", card.Text(), StringComparison.Ordinal);
        var accepted = await PostAsync(lead, "/Organisations", new() { ["id"] = card.GetAttribute("data-id")!, ["note"] = "Phối hợp từ quý I." }, "Accept");
        Assert.NotNull(accepted.QuerySelector("#message"));

        var publicTask = await anonymous.GetPageAsync(task);
        Assert.Equal(["Công ty TNHH Nấm Sinh học Cửu Long (Doanh nghiệp)"], publicTask.QuerySelectorAll("#organisations li").Select(li => li.Text()));
        Assert.DoesNotContain("0912345678", publicTask.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("namcuulong.vn", publicTask.Source.Text, StringComparison.Ordinal);
        var plan = await lead.GetPageAsync(await coordinator.PlanUrlAsync("105/KH-UBND"));
        Assert.Contains("Công ty TNHH Nấm Sinh học Cửu Long", plan.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "3").QuerySelector(".task-organisations")!.Text(), StringComparison.Ordinal);

        var inbox = await lead.GetPageAsync("/Inbox");
        var report = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == "3")
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var form = await lead.GetPageAsync(report);
        var option = Assert.Single(form.QuerySelectorAll("#organisations option"));
        var fields = new Dictionary<string, string>
        {
            ["Form.State"] = "InProgress",
            ["Form.PercentDone"] = "50",
            ["Form.Results"] = "Đã ký kết hợp tác với doanh nghiệp.",
            ["Form.Version"] = form.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!,
            ["Form.OrganisationIds"] = "999999",
        };
        var notAccepted = await PostAsync(lead, report, fields, "Submit");
        Assert.Equal("Chỉ nêu được các tổ chức đã được chấp nhận tham gia nhiệm vụ này.", notAccepted.QuerySelector("#error")!.Text());

        fields["Form.OrganisationIds"] = option.GetAttribute("value")!;
        var submitted = await PostAsync(lead, report, fields, "Submit");
        Assert.Null(submitted.QuerySelector("#error"));
        Assert.NotNull(submitted.QuerySelector("#organisations option[selected]"));
        var review = await coordinator.GetPageAsync(report);
        Assert.Equal("Tổ chức tham gia: Công ty TNHH Nấm Sinh học Cửu Long", review.QuerySelector("#report-organisations")!.Text());
        Assert.Equal(1, await ReadAsync(factory, db => db.ReportOrganisations.CountAsync(TestContext.Current.CancellationToken)));
        var emails = await ReadAsync(factory, db => db.OutboxEmails.Where(e => e.To == "an.nguyen@namcuulong.vn").Select(e => e.Body).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains("đã chấp nhận", Assert.Single(emails), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAgencysReporterCannotDecide()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        await Publishing.PublishAsync(factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong), "255/KH-UBND");
        var anonymous = factory.CreateClient();
        await PostAsync(anonymous, await PublicTaskUrlAsync(anonymous, "II.1"), Application("Viện Công nghệ sinh học Hải Phòng"));
        var lead = factory.SignedInClient(DemoAccounts.ReporterScienceHaiPhong);
        var other = factory.SignedInClient(DemoAccounts.ReporterHealthHaiPhong);
        var id = Assert.Single((await lead.GetPageAsync("/Organisations")).QuerySelectorAll("#applications .application")).GetAttribute("data-id")!;

        var list = await other.GetPageAsync("/Organisations");
        using var page = await other.PostFormAsync("/Organisations", new() { ["id"] = id, ["note"] = "" }, "Accept");
        using var api = await other.PostAsJsonAsync($"/api/organisations/applications/{id}/accept", new { note = "" }, TestContext.Current.CancellationToken);

        Assert.Empty(list.QuerySelectorAll("#applications .application"));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        var still = Assert.Single((await lead.GetPageAsync("/Organisations")).QuerySelectorAll("#applications .application"));
        Assert.Equal("Applied", still.GetAttribute("data-status"));
    }

    [Fact]
    public async Task TheCoordinatorDecidesTooAndDecliningNeedsAReason()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        await Publishing.PublishAsync(coordinator, "105/KH-UBND");
        var anonymous = factory.CreateClient();
        await PostAsync(anonymous, await PublicTaskUrlAsync(anonymous, "13"), Application());
        var id = Assert.Single((await coordinator.GetPageAsync("/Organisations")).QuerySelectorAll("#applications .application")).GetAttribute("data-id")!;

        var noReason = await PostAsync(coordinator, "/Organisations", new() { ["id"] = id, ["note"] = " " }, "Decline");
        var declined = await PostAsync(coordinator, "/Organisations?all=true", new() { ["id"] = id, ["note"] = "Nhiệm vụ đã đủ đơn vị." }, "Decline");

        Assert.Equal("Khi không chấp nhận, hãy ghi rõ lý do để thông báo cho tổ chức.", noReason.QuerySelector("#error")!.Text());
        Assert.Equal("Declined", declined.QuerySelector("#applications .application")!.GetAttribute("data-status"));
        Assert.NotNull((await anonymous.GetPageAsync(await PublicTaskUrlAsync(anonymous, "13"))).QuerySelector("#organisations-empty"));
    }

    [Fact]
    public async Task TheApplicationFormTakesAFewPostsFromOneAddressThenAsksToWait()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        await Publishing.PublishAsync(factory.SignedInClient(DemoAccounts.CoordinatorTraVinh), "105/KH-UBND");
        var anonymous = factory.CreateClient();
        var task = await PublicTaskUrlAsync(anonymous, "3");
        var empty = new Dictionary<string, string> { ["Form.Name"] = "" };

        for (var i = 0; i < 5; i++)
        {
            await PostAsync(anonymous, task, empty);
        }

        var limited = await PostAsync(anonymous, task, empty, expected: HttpStatusCode.TooManyRequests);
        Assert.Contains("thử lại sau ít phút", limited.QuerySelector("#too-many")!.Text(), StringComparison.Ordinal);
        await anonymous.GetPageAsync(task);
    }
}
