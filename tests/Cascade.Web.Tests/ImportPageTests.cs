using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Testing;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

/// <summary>Importing a plan through the pages: upload, review with warnings and editable cells, save.</summary>
public sealed class ImportPageTests
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "Cascade.Import.Tests", "Fixtures");

    private static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        var ct = TestContext.Current.CancellationToken;
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/Import", ct));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(content), "Document", fileName } };
        var response = await client.PostAsync("/Import", body, ct);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(ct)));
    }

    /// <summary>The review form's fields as a browser would post them back.</summary>
    private static Dictionary<string, string> FieldsOf(IDocument review)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in review.QuerySelectorAll("form[method=post] input[name], form[method=post] textarea[name], form[method=post] select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.GetAttribute("type") == "checkbox" && !input.HasAttribute("checked"))
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "textarea" => input.TextContent.TrimStart('\n'),
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
        }

        return fields;
    }

    [Fact]
    public async Task AWordPlanIsReadReviewedAndSavedAsAPlanWithItsRegister()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = factory.SignedInClient();

        var (uploaded, review) = await UploadAsync(admin, await File.ReadAllBytesAsync(Path.Combine(Fixtures, "004_953892a000611854.docx"), TestContext.Current.CancellationToken), "ke-hoach-255.docx");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(19, review.QuerySelectorAll("#review-tasks tbody tr").Length);
        Assert.Equal("255/KH-UBND", review.QuerySelector("input[name='Input.Number']")!.GetAttribute("value"));
        // An empty catalogue knows no agency yet: every name is announced as new before saving.
        Assert.Contains("Sở Y tế", review.QuerySelector("#new-agencies")!.Text(), StringComparison.Ordinal);

        var url = uploaded.RequestMessage!.RequestUri!.AbsolutePath;
        var fields = FieldsOf(review);
        fields["Input.Tasks[0].Title"] = "Tuyên truyền, phổ biến về phát triển và ứng dụng công nghệ sinh học (đã rà soát)";
        using var saved = await admin.PostFormAsync(url, fields, "Save");
        var plan = new HtmlParser().ParseDocument(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("/Plans/", saved.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(19, plan.Rows("tasks").Count);
        Assert.Contains("(đã rà soát)", plan.Rows("tasks")[0].Text(), StringComparison.Ordinal);

        // Saving the same draft again opens the plan instead of storing it twice.
        using var again = await admin.PostFormAsync(url, fields, "Save");
        Assert.Equal(saved.RequestMessage.RequestUri, again.RequestMessage!.RequestUri);
    }

    [Fact]
    public async Task AWrongDateIsShownWithItsFieldAndTheEditsAreKept()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = factory.SignedInClient();
        var (uploaded, review) = await UploadAsync(admin, await File.ReadAllBytesAsync(RepoPaths.SeedText(RepoPaths.SeedNames[0]), TestContext.Current.CancellationToken), "105.txt");
        var url = uploaded.RequestMessage!.RequestUri!.AbsolutePath;

        var fields = FieldsOf(review);
        fields["Input.Date"] = "31/02/2023";
        fields["Input.Tasks[1].Title"] = "Nội dung đã sửa trước khi lưu";
        using var refused = await admin.PostFormAsync(url, fields, "Save");
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var reopened = await admin.GetPageAsync(url);

        Assert.Contains("không đúng dạng ngày/tháng/năm", page.QuerySelector("#errors")!.Text(), StringComparison.Ordinal);
        Assert.Equal("31/02/2023", page.QuerySelector("input[name='Input.Date']")!.GetAttribute("value"));
        Assert.Equal("Nội dung đã sửa trước khi lưu", reopened.QuerySelector("textarea[name='Input.Tasks[1].Title']")!.TextContent.Trim());
    }

    [Fact]
    public async Task AFileThatIsNotAPlanGetsAClearMessage()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = factory.SignedInClient();

        var (_, junk) = await UploadAsync(admin, [0x4D, 0x5A, 0x90, 0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02], "ke-hoach.docx");
        var (_, empty) = await UploadAsync(admin, [], "trong.txt");

        Assert.False(string.IsNullOrWhiteSpace(junk.QuerySelector("#import-error")?.Text()));
        Assert.False(string.IsNullOrWhiteSpace(empty.QuerySelector("#import-error")?.Text()));
    }

    [Fact]
    public async Task ACoordinatorCannotStoreAnotherProvincesPlan()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var haiPhong = (await File.ReadAllTextAsync(RepoPaths.SeedText(RepoPaths.SeedNames[4]), TestContext.Current.CancellationToken))
            .Replace("255/KH-UBND", "256/KH-UBND", StringComparison.Ordinal);

        var (uploaded, review) = await UploadAsync(coordinator, System.Text.Encoding.UTF8.GetBytes(haiPhong), "hai-phong.txt");
        using var refused = await coordinator.PostFormAsync(uploaded.RequestMessage!.RequestUri!.AbsolutePath, FieldsOf(review), "Save");
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Hải Phòng", page.QuerySelector("#errors")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewerVersionOfAStoredPlanShowsWhatChangedAndKeepsTheReportsOfTasksThatStay()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        var ct = TestContext.Current.CancellationToken;
        Dictionary<string, int> idsBefore;
        int reportsBefore;
        await using (var db = factory.Database.CreateContext())
        {
            var stored = await db.Plans.SingleAsync(p => p.NumberKey == "255/KH-UBND", ct);
            idsBefore = await db.Tasks.Where(t => t.PlanId == stored.Id).ToDictionaryAsync(t => t.Ref, t => t.Id, ct);
            reportsBefore = await db.Reports.CountAsync(r => r.TaskId == idsBefore["III.4"], ct);
        }

        var (uploaded, review) = await UploadAsync(coordinator, await File.ReadAllBytesAsync(RepoPaths.SeedText(RepoPaths.SeedNames[4]), ct), "255-moi.txt");
        var url = uploaded.RequestMessage!.RequestUri!.AbsolutePath;
        var fields = FieldsOf(review);
        fields["Input.Tasks[1].Title"] += " (bổ sung nội dung đánh giá hiện trạng)";
        fields["Input.Tasks[18].Remove"] = "true";
        fields["Input.Tasks[9].Lead"] = "Sở Khoa học và Công nghệ";
        using var shown = await coordinator.PostFormAsync(url, fields, "Save");
        var changes = new HtmlParser().ParseDocument(await shown.Content.ReadAsStringAsync(ct));

        Assert.NotNull(changes.QuerySelector("#revision"));
        Assert.Null(review.QuerySelector("#new-agencies")); // the stored plan's agencies are known
        Assert.Equal(["Reworded", "Reassigned", "Removed"], changes.QuerySelectorAll("#revision tr.change").Select(r => r.GetAttribute("data-kind")!));

        fields = FieldsOf(changes);
        fields["Input.Tasks[18].Remove"] = "true";
        using var saved = await coordinator.PostFormAsync(url, fields, "SaveRevision");
        var plan = new HtmlParser().ParseDocument(await saved.Content.ReadAsStringAsync(ct));

        Assert.Equal(18, plan.Rows("tasks").Count);
        Assert.Contains("bổ sung nội dung đánh giá hiện trạng", plan.QuerySelector("tr[data-task-ref='II.1']")!.Text(), StringComparison.Ordinal);
        await using (var db = factory.Database.CreateContext())
        {
            var after = await db.Tasks.Where(t => idsBefore.Values.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
            Assert.Equal(idsBefore["II.1"], after[idsBefore["II.1"]].Id);
            Assert.Equal(reportsBefore, await db.Reports.CountAsync(r => r.TaskId == idsBefore["III.4"], ct));
            Assert.True(reportsBefore > 0);
            Assert.True(!after.ContainsKey(idsBefore["V.2"]) || after[idsBefore["V.2"]].WithdrawnAt is not null);
        }
    }
}
