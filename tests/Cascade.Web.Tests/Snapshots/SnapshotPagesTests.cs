using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Snapshots;

/// <summary>
/// Mid-term and final reviews of Trà Vinh's plan: the coordinator freezes the plan's state, later
/// reports leave the frozen state as it was, and two snapshots side by side show what moved.
/// </summary>
public sealed class SnapshotPagesTests
{
    private static readonly Dictionary<string, string> MidTerm = new()
    {
        ["Form.Kind"] = "MidTerm",
        ["Form.Title"] = "Sơ kết năm 2026",
        ["Form.AsOf"] = "25/11/2026",
        ["Form.Year"] = "2026",
    };

    private static async Task<IDocument> TakeAsync(HttpClient coordinator, string snapshots, Dictionary<string, string> fields) =>
        (await TakeWithAddressAsync(coordinator, snapshots, fields)).Page;

    /// <summary>Takes a snapshot through the form; a snapshot taken leads to its own page, whose address comes back too.</summary>
    private static async Task<(IDocument Page, string Path)> TakeWithAddressAsync(HttpClient coordinator, string snapshots, Dictionary<string, string> fields)
    {
        using var response = await coordinator.PostFormAsync(snapshots, fields, "Take");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (page, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static string Status(IDocument page, string taskRef) =>
        page.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == taskRef).QuerySelector(".status")!.Text();

    /// <summary>Sở KH&CN Trà Vinh reports task 3 done, through its inbox and the report form.</summary>
    private static async Task ReportDoneAsync(HttpClient reporter)
    {
        var inbox = await reporter.GetPageAsync("/Inbox");
        var url = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == "3")
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var form = await reporter.GetPageAsync(url);
        using var submitted = await reporter.PostFormAsync(url, new()
        {
            ["Form.State"] = "Done",
            ["Form.PercentDone"] = "100",
            ["Form.CompletedOn"] = "20/11/2026",
            ["Form.Results"] = "Đã hoàn thành hội thảo và ấn phẩm tuyên truyền.",
            ["Form.Version"] = form.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!,
        }, "Submit");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
    }

    [Fact]
    public async Task ASnapshotStaysAsItWasAfterLaterReportsAndTheComparisonShowsTheChange()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var snapshots = await coordinator.PlanUrlAsync("105/KH-UBND") + "/Snapshots";

        var (first, firstUrl) = await TakeWithAddressAsync(coordinator, snapshots, MidTerm);
        Assert.Matches("^/Snapshots/[0-9]+$", firstUrl);
        var before = Status(first, "3");
        Assert.Equal("Sơ kết: Sơ kết năm 2026", first.QuerySelector("h1")!.Text());
        Assert.Equal(16, first.Rows("tasks").Count);
        Assert.Equal(16, first.QuerySelectorAll("#counts tbody .count").Sum(c => int.Parse(c.Text(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, first.Rows("indicators").Count);

        await ReportDoneAsync(factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh));
        var second = await TakeAsync(coordinator, snapshots, new(MidTerm) { ["Form.Kind"] = "Other", ["Form.Title"] = "Sau báo cáo của Sở KH&CN" });

        Assert.Equal("Hoàn thành đúng hạn", Status(second, "3"));
        Assert.NotEqual("Hoàn thành đúng hạn", before);
        var frozen = await coordinator.GetPageAsync(firstUrl);
        Assert.Equal(before, Status(frozen, "3"));
        Assert.Equal(first.QuerySelector("#counts")!.Text(), frozen.QuerySelector("#counts")!.Text());

        // The list offers both; compared in either order, the earlier one comes first.
        var list = await coordinator.GetPageAsync(snapshots);
        var ids = list.Rows("snapshots").Select(r => r.GetAttribute("data-snapshot-id")!).ToList();
        Assert.Equal(2, ids.Count);
        var compare = await coordinator.GetPageAsync($"/Snapshots/Compare?a={ids[0]}&b={ids[1]}");
        Assert.Contains("Sơ kết năm 2026", compare.QuerySelector("#then")!.Text(), StringComparison.Ordinal);
        var task = compare.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "3");
        Assert.Equal(before, task.QuerySelector(".then")!.Text().Split(" · ")[0]);
        Assert.StartsWith("Hoàn thành đúng hạn", task.QuerySelector(".now")!.Text(), StringComparison.Ordinal);
        Assert.NotEqual("Unchanged", task.GetAttribute("data-change"));
        Assert.Contains(task.ClassList, c => c.StartsWith("table-", StringComparison.Ordinal));
        var done = compare.Rows("counts").Single(r => r.GetAttribute("data-status") == "DoneOnTime");
        Assert.Equal("+1", done.QuerySelector(".difference")!.Text());
        Assert.Equal(compare.Rows("tasks").Count(r => r.GetAttribute("data-change") != "Unchanged").ToString(System.Globalization.CultureInfo.InvariantCulture) + " nhiệm vụ thay đổi tình trạng",
            compare.QuerySelector("h2 .badge")!.Text());
        Assert.Equal(3, compare.Rows("indicators").Count);
    }

    [Fact]
    public async Task BadFieldsAreNamedAndWhatWasTypedStays()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var snapshots = await coordinator.PlanUrlAsync("105/KH-UBND") + "/Snapshots";

        var refused = await TakeAsync(coordinator, snapshots, new() { ["Form.Kind"] = "Final", ["Form.Title"] = "", ["Form.AsOf"] = "30/11/2026", ["Form.Year"] = "2027" });

        Assert.Equal("Hãy đặt tên cho ảnh chụp (ví dụ: Sơ kết 3 năm thực hiện kế hoạch).", refused.QuerySelector("#error-Title")!.Text());
        Assert.Equal("Ngày chốt số liệu không được sau ngày hôm nay (25/11/2026).", refused.QuerySelector("#error-AsOf")!.Text());
        Assert.Equal("Năm đánh giá phải từ 1990 đến 2100.", (await TakeAsync(coordinator, snapshots, new(MidTerm) { ["Form.Year"] = "năm nay" })).QuerySelector("#error-Year")!.Text());
        Assert.Equal("30/11/2026", refused.QuerySelector("input[name='Form.AsOf']")!.GetAttribute("value"));
        Assert.Equal("2027", refused.QuerySelector("input[name='Form.Year']")!.GetAttribute("value"));
        Assert.Equal("Final", refused.QuerySelector("select[name='Form.Kind'] option[selected]")!.GetAttribute("value"));
        var late = await TakeAsync(coordinator, snapshots, new(MidTerm) { ["Form.AsOf"] = "15/01/2026", ["Form.Year"] = "2026x" });
        Assert.Equal("15/01/2026", late.QuerySelector("input[name='Form.AsOf']")!.GetAttribute("value"));
        Assert.Equal("Năm đánh giá không được sau năm của ngày chốt số liệu (2025).",
            (await TakeAsync(coordinator, snapshots, new(MidTerm) { ["Form.AsOf"] = "31/12/2025", ["Form.Year"] = "2026" })).QuerySelector("#error-Year")!.Text());
        Assert.Empty((await coordinator.GetPageAsync(snapshots)).Rows("snapshots"));
    }

    [Fact]
    public async Task SnapshotsFollowThePlansScope()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var snapshots = await coordinator.PlanUrlAsync("105/KH-UBND") + "/Snapshots";
        var (_, snapshot) = await TakeWithAddressAsync(coordinator, snapshots, MidTerm);
        var id = snapshot.Split('/').Last();

        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var read = await reporter.GetPageAsync(snapshots);
        Assert.Null(read.QuerySelector("#take-form"));
        Assert.Single(read.Rows("snapshots"));
        await reporter.GetPageAsync(snapshot);
        using var forged = await reporter.PostFormAsync(snapshots, MidTerm, "Take");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var otherProvince = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        await otherProvince.GetPageAsync(snapshots, HttpStatusCode.NotFound);
        await otherProvince.GetPageAsync(snapshot, HttpStatusCode.NotFound);
        await otherProvince.GetPageAsync($"/Snapshots/Compare?a={id}&b={id}", HttpStatusCode.NotFound);
        using var post = await otherProvince.PostFormAsync(snapshots, MidTerm, "Take");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task TheApiListsShowsAndComparesSnapshotsAndAsksForCredentials()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.CoordinatorTraVinh.Email, password = DemoAccounts.Password }, ct);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var plan = (await client.GetJsonAsync("/api/plans?q=105")).GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("number").GetString() == "105/KH-UBND").GetProperty("id").GetInt32();

        using var first = await client.PostAsJsonAsync($"/api/plans/{plan}/snapshots", new { kind = "midTerm", title = "Sơ kết", asOf = "30/06/2026", year = 2026 }, ct);
        using var second = await client.PostAsJsonAsync($"/api/plans/{plan}/snapshots", new { kind = "final", title = "Tổng kết", asOf = "25/11/2026", year = "2026" }, ct);
        using var refused = await client.PostAsJsonAsync($"/api/plans/{plan}/snapshots", new { kind = "final", title = "", asOf = "25/11/2026", year = 2026 }, ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var list = await client.GetJsonAsync($"/api/plans/{plan}/snapshots");
        var ids = list.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(["Tổng kết", "Sơ kết"], list.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var shown = await client.GetJsonAsync($"/api/snapshots/{ids[1]}");
        Assert.Equal(16, shown.GetProperty("content").GetProperty("tasks").GetArrayLength());
        Assert.Equal("2026-06-30", shown.GetProperty("snapshot").GetProperty("asOf").GetString());
        var compared = await client.GetJsonAsync($"/api/snapshots/compare?a={ids[0]}&b={ids[1]}");
        Assert.Equal("Sơ kết", compared.GetProperty("then").GetProperty("title").GetString());
        Assert.Equal(7, compared.GetProperty("comparison").GetProperty("counts").GetArrayLength());

        var anonymous = factory.CreateClient();
        foreach (var url in new[] { $"/api/plans/{plan}/snapshots", $"/api/snapshots/{ids[0]}", $"/api/snapshots/compare?a={ids[0]}&b={ids[1]}" })
        {
            using var response = await anonymous.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
