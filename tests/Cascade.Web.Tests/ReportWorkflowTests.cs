using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>
/// The reporting workflow through the real pages: an agency reports on its task, the coordinator
/// returns it with a comment, the agency corrects it, the coordinator accepts it and it is locked.
/// </summary>
public sealed class ReportWorkflowTests
{
    private static async Task<string> ReportUrlAsync(HttpClient reporter, string taskRef)
    {
        var inbox = await reporter.GetPageAsync("/Inbox");
        var row = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == taskRef);
        return row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string Version(IDocument page, string form) =>
        page.QuerySelector($"#{form} input[name='Form.Version']")!.GetAttribute("value")!;

    private static Dictionary<string, string> Content(string version, string state = "InProgress", int percent = 60, string results = "Đã tổ chức hội thảo chuyên đề.") => new()
    {
        ["Form.State"] = state,
        ["Form.PercentDone"] = percent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Results"] = results,
        ["Form.Version"] = version,
    };

    [Fact]
    public async Task TheAgencyReportsTheCoordinatorReturnsItThenAcceptsItAndItIsLocked()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var url = await ReportUrlAsync(reporter, "3");

        var fresh = await reporter.GetPageAsync(url);
        var submitted = await PostAsync(reporter, url, "Submit", Content(Version(fresh, "report-form")));
        Assert.Equal("Đã gửi, chờ duyệt", submitted.QuerySelector("#report-status")!.Text());

        var review = await coordinator.GetPageAsync(url);
        var returned = await PostAsync(coordinator, url, "Return", new() { ["Comment"] = "Bổ sung số lượng người tham dự.", ["Form.Version"] = Version(review, "review-form") });
        Assert.Equal("Bị trả lại, cần sửa", returned.QuerySelector("#report-status")!.Text());
        Assert.Contains("Bổ sung số lượng người tham dự.", returned.QuerySelector("#events")!.Text(), StringComparison.Ordinal);

        var again = await reporter.GetPageAsync(url);
        await PostAsync(reporter, url, "Submit", Content(Version(again, "report-form"), results: "Đã tổ chức hội thảo với 120 người tham dự."));
        var second = await coordinator.GetPageAsync(url);
        var accepted = await PostAsync(coordinator, url, "Accept", new() { ["Form.Version"] = Version(second, "review-form") });
        Assert.Equal("Đã được chấp nhận", accepted.QuerySelector("#report-status")!.Text());

        var locked = await reporter.GetPageAsync(url);
        Assert.NotNull(locked.QuerySelector("#report-form fieldset[disabled]"));
        var refused = await PostAsync(reporter, url, "Save", Content(Version(locked, "report-form"), results: "Sửa sau khi khóa"));
        Assert.Equal("Báo cáo đã được chấp nhận và đã khóa.", refused.QuerySelector("#error")!.Text());
        // Drafted and submitted, returned, drafted and submitted again, accepted.
        Assert.Equal(6, accepted.QuerySelectorAll("#events li").Length);
    }

    [Fact]
    public async Task AReportSentTwiceIsRefusedTheSecondTime()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var url = await ReportUrlAsync(reporter, "8");
        var page = await reporter.GetPageAsync(url);
        var version = Version(page, "report-form");

        await PostAsync(reporter, url, "Submit", Content(version));
        var twice = await PostAsync(reporter, url, "Submit", Content(version));

        Assert.NotNull(twice.QuerySelector("#error"));
        Assert.Equal("Đã gửi, chờ duyệt", twice.QuerySelector("#report-status")!.Text());
    }

    [Fact]
    public async Task TwoPeopleSavingOneReportDoNotOverwriteEachOther()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var first = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var second = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var url = await ReportUrlAsync(first, "16");
        var version = Version(await first.GetPageAsync(url), "report-form");
        Assert.Equal(version, Version(await second.GetPageAsync(url), "report-form"));

        await PostAsync(first, url, "Save", Content(version, results: "Bản của người thứ nhất"));
        var conflict = await PostAsync(second, url, "Save", Content(version, results: "Bản của người thứ hai"));

        Assert.Contains("vừa được người khác cập nhật", conflict.QuerySelector("#error")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Bản của người thứ nhất", conflict.QuerySelector("#their-version")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Bản của người thứ hai", conflict.QuerySelector("textarea[name='Form.Results']")!.TextContent.Trim());
        var saved = await first.GetPageAsync(url);
        Assert.Equal("Bản của người thứ nhất", saved.QuerySelector("textarea[name='Form.Results']")!.TextContent.Trim());
    }

    [Fact]
    public async Task AfterTheDueDayAReportNeedsAReasonAndIsMarkedLate()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var url = await ReportUrlAsync(reporter, "3");
        var version = Version(await reporter.GetPageAsync(url), "report-form");

        var refused = await PostAsync(reporter, url, "Submit", Content(version));
        var fields = Content(Version(refused, "report-form"));
        fields["Form.Difficulties"] = "Chậm do chờ kinh phí.";
        fields["Form.Proposals"] = "Đề nghị bố trí kinh phí trong quý I.";
        var late = await PostAsync(reporter, url, "Submit", fields);

        Assert.Equal("Báo cáo gặp khó khăn hoặc nộp muộn phải nêu nguyên nhân và đề xuất.", refused.QuerySelector("#error")!.Text());
        Assert.Equal("Đã gửi, chờ duyệt · nộp muộn", late.QuerySelector("#report-status")!.Text());
    }

    [Fact]
    public async Task ACoordinatingAgencysContributionReachesTheLeadAndTheMissingOnesShow()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var contributor = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var url = await ReportUrlAsync(contributor, "4");

        await PostAsync(contributor, url, "Contribute", new() { ["Contribution"] = "Đã hỗ trợ chuyển giao 2 quy trình nhân giống." });
        var page = await coordinator.GetPageAsync(url);

        Assert.Contains("Đã hỗ trợ chuyển giao 2 quy trình nhân giống.", page.QuerySelector("#contributions")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân các huyện, thị xã, thành phố", page.QuerySelector("#missing-contributions")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#report-form"));
    }

    [Fact]
    public async Task NobodyReachesAReportOutsideTheirScopeEvenByChangingTheAddress()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var owner = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var url = await ReportUrlAsync(owner, "3");

        await factory.SignedInClient(DemoAccounts.ReporterHealthHaiPhong).GetPageAsync(url, HttpStatusCode.NotFound);
        await factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong).GetPageAsync(url, HttpStatusCode.NotFound);
        var leader = await factory.SignedInClient(DemoAccounts.LeaderTraVinh).GetPageAsync(url);
        Assert.Null(leader.QuerySelector("#report-form"));
        Assert.Null(leader.QuerySelector("#review-form"));

        // A contributor may read the task but not write the lead's report.
        var contributorUrl = await ReportUrlAsync(owner, "4");
        using var forged = await owner.PostFormAsync(contributorUrl, Content("0"), "Submit");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task EvidenceIsCheckedByItsContentAndServedOnlyWithinScope()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var url = await ReportUrlAsync(reporter, "3");
        var ct = TestContext.Current.CancellationToken;

        async Task<IDocument> Upload(byte[] bytes, string name)
        {
            var page = new HtmlParser().ParseDocument(await reporter.GetStringAsync(url, ct));
            var token = page.QuerySelector("#evidence-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "file", name } };
            using var response = await reporter.PostAsync(url + "?handler=Evidence", form, ct);
            return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(ct));
        }

        var pdf = await Upload("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray(), "bien-ban.pdf");
        var program = await Upload([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "bao-cao.pdf");

        var link = pdf.QuerySelector("#evidence a")!.GetAttribute("href")!;
        Assert.Contains("Chỉ nhận tệp PDF, Word, Excel hoặc ảnh", program.QuerySelector("#error")!.Text(), StringComparison.Ordinal);
        Assert.Single(program.QuerySelectorAll("#evidence li"));
        using var download = await factory.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetAsync(link, ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        using var outsider = await factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong).GetAsync(link, ct);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    [Fact]
    public async Task TheInboxListsWhatTheAgencyOwesWithWorkingDaysLeft()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);

        var inbox = await reporter.GetPageAsync("/Inbox");

        var refs = inbox.Rows("inbox").Select(r => r.GetAttribute("data-task-ref")).ToList();
        Assert.Equal(["15", "16", "3", "4", "5", "7", "8"], refs.Order(StringComparer.Ordinal));
        var three = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == "3");
        // Wednesday 25/11/2026 to Monday 30/11/2026: three working days.
        Assert.Contains("còn 3 ngày làm việc", three.QuerySelector(".days-left")!.Text(), StringComparison.Ordinal);
    }
}
