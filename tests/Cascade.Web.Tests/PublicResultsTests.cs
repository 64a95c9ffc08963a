using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>
/// The province's public results page: what the coordinator publishes is there for anyone, and nothing
/// else is — no unpublished plan or indicator, no report text, draft or submitted.
/// </summary>
public sealed class PublicResultsTests
{
    private const string DraftText = "Nháp chưa gửi: số liệu nội bộ 12345.";
    private const string SubmittedText = "Đã gửi nhưng chưa duyệt: kinh phí 67890 triệu.";
    private const string PublishedTarget = "Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030";
    private const string UnpublishedTarget = "đóng góp 7% vào tăng trưởng GRDP của tỉnh";

    private static async Task WriteReportAsync(HttpClient reporter, string taskRef, string results, bool submit)
    {
        var inbox = await reporter.GetPageAsync("/Inbox");
        var url = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == taskRef)
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var page = await reporter.GetPageAsync(url);
        var version = page.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!;
        using var response = await reporter.PostFormAsync(url, new()
        {
            ["Form.State"] = "InProgress",
            ["Form.PercentDone"] = "40",
            ["Form.Results"] = results,
            ["Form.Version"] = version,
        }, submit ? "Submit" : "Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Body, string? CacheControl)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AnAnonymousReaderSeesThePublishedPlanAndIndicatorAndNothingElse()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        await Publishing.PublishAsync(coordinator, "105/KH-UBND", PublishedTarget);
        await WriteReportAsync(reporter, "3", DraftText, submit: false);
        await WriteReportAsync(reporter, "8", SubmittedText, submit: true);
        var anonymous = factory.CreateClient();

        var index = await anonymous.GetPageAsync("/CongKhai");
        var province = Assert.Single(index.QuerySelectorAll("#provinces a")).GetAttribute("href")!;
        var (status, html, cache) = await GetAsync(anonymous, province);
        var (jsonStatus, json, jsonCache) = await GetAsync(anonymous, "/api/public/provinces/" + province.Split('/')[^1]);
        var (_, haiPhong, _) = await GetAsync(anonymous, "/CongKhai/31");
        var (_, haiPhongJson, _) = await GetAsync(anonymous, "/api/public/provinces/31");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal("public, max-age=300", cache);
        Assert.Equal("public, max-age=300", jsonCache);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Single(page.QuerySelectorAll("section.plan"));
        Assert.Contains("105/KH-UBND", page.QuerySelector("section.plan h2")!.Text(), StringComparison.Ordinal);
        Assert.Equal([PublishedTarget], page.QuerySelectorAll("table.indicators tbody tr td:first-child").Select(td => td.Text()));
        Assert.Equal(16, page.QuerySelectorAll("section.plan ul.tasks li").Length);
        foreach (var body in new[] { html, json })
        {
            Assert.Contains(PublishedTarget, body, StringComparison.Ordinal);
            Assert.DoesNotContain(UnpublishedTarget, body, StringComparison.Ordinal);
            Assert.DoesNotContain("12345", body, StringComparison.Ordinal);
            Assert.DoesNotContain("67890", body, StringComparison.Ordinal);
            Assert.DoesNotContain("255/KH-UBND", body, StringComparison.Ordinal);
        }

        foreach (var body in new[] { haiPhong, haiPhongJson })
        {
            Assert.DoesNotContain("255/KH-UBND", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sở Y tế", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheTasksOfAnUnpublishedPlanAreNotFoundAndUnpublishingWithdrawsThePlan()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        await Publishing.PublishAsync(coordinator, "105/KH-UBND");
        var anonymous = factory.CreateClient();
        var province = Assert.Single((await anonymous.GetPageAsync("/CongKhai")).QuerySelectorAll("#provinces a")).GetAttribute("href")!;
        var published = await anonymous.GetPageAsync(province);
        var taskUrl = published.QuerySelector("section.plan ul.tasks a")!.GetAttribute("href")!;
        var taskId = taskUrl.Split('/')[^1];
        await anonymous.GetPageAsync(taskUrl);

        var plan = await coordinator.PlanUrlAsync("105/KH-UBND");
        using (await coordinator.PostFormAsync(plan + "/Publication", new() { ["published"] = "false" }))
        {
        }

        var withdrawn = await anonymous.GetPageAsync(province);
        Assert.Empty(withdrawn.QuerySelectorAll("section.plan"));
        await anonymous.GetPageAsync(taskUrl, HttpStatusCode.NotFound);
        var (apiStatus, _, _) = await GetAsync(anonymous, $"/api/public/tasks/{taskId}");
        Assert.Equal(HttpStatusCode.NotFound, apiStatus);
        Assert.Empty((await anonymous.GetPageAsync("/CongKhai")).QuerySelectorAll("#provinces a"));
    }

    [Fact]
    public async Task ThePublicationFormIsTheProvincesCoordinators()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var plan = await factory.SignedInClient().PlanUrlAsync("105/KH-UBND");

        var other = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        await other.GetPageAsync(plan + "/Publication", HttpStatusCode.NotFound);
        using var leader = await factory.SignedInClient(DemoAccounts.LeaderTraVinh).GetAsync(plan + "/Publication", TestContext.Current.CancellationToken);
        Assert.Equal("/Account/AccessDenied", leader.RequestMessage!.RequestUri!.AbsolutePath);
    }
}

/// <summary>The coordinator's publication form, as the tests of the public pages use it.</summary>
internal static class Publishing
{
    /// <summary>The coordinator publishes the plan with exactly the targets whose text contains one of <paramref name="targets"/>.</summary>
    public static async Task PublishAsync(HttpClient coordinator, string number, params string[] targets)
    {
        var plan = await coordinator.PlanUrlAsync(number);
        var form = await coordinator.GetPageAsync(plan + "/Publication");
        var chosen = form.QuerySelectorAll("#publication-form input[name=targets]")
            .Where(i => targets.Any(t => form.QuerySelector($"label[for={i.Id}]")!.Text().Contains(t, StringComparison.Ordinal)))
            .Select(i => new KeyValuePair<string, string>("targets", i.GetAttribute("value")!))
            .Append(new("published", "true"))
            .Append(new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!))
            .ToList();
        using var saved = await coordinator.PostAsync(plan + "/Publication", new FormUrlEncodedContent(chosen), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = new HtmlParser().ParseDocument(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(page.QuerySelector("#publication-state .text-bg-success"));
    }
}
