using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cascade.Core.Reports;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

/// <summary>
/// The coordinator records a change to the agencies: sees which tasks and unfinished reports it moves,
/// confirms, and the successions, the assignments and the audit trail follow. (The change is test data:
/// Vĩnh Long's Sở Tài chính and Sở Công Thương merged into a "Sở Kinh tế" on 01/11/2026.)
/// </summary>
public sealed class ReorganisationPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> AgencyAsync(CascadeWebFactory factory, string name, string province)
    {
        _ = factory.Server; // the site seeds its demo data at start
        await using var db = factory.Database.CreateContext();
        return await db.Agencies.Where(a => a.Name == name && a.ValidTo == null && db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId && u.Name == province))
            .Select(a => a.Id).SingleAsync(Ct);
    }

    private static async Task<IHtmlDocument> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync("/Reorganisation/New", fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<Dictionary<string, string>> MergerAsync(CascadeWebFactory factory, string effectiveOn = "01/11/2026") => new()
    {
        ["Input.Predecessors"] = (await AgencyAsync(factory, "Sở Tài chính", "Vĩnh Long")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Successors[0].NewName"] = "Sở Kinh tế",
        ["Input.Main"] = "0",
        ["Input.EffectiveOn"] = effectiveOn,
        ["Input.LegalBasis"] = "Quyết định số 99/QĐ-UBND (dữ liệu kiểm thử)",
    };

    [Fact]
    public async Task ThePreviewShowsTheTasksAndUnfinishedReportsThatMoveAndWritesNothing()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var finance = factory.SignedInClient(DemoAccounts.ReporterFinanceVinhLong);
        var inbox = await finance.GetPageAsync("/Inbox");
        var url = Assert.Single(inbox.Rows("inbox"), r => r.GetAttribute("data-task-ref") == "9").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        using (await finance.PostFormAsync(url, new() { ["Form.State"] = "InProgress", ["Form.PercentDone"] = "20", ["Form.Results"] = "Bản nháp.", ["Form.Version"] = "0" }, "Save"))
        {
        }

        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        var preview = await PostAsync(coordinator, "Preview", await MergerAsync(factory));

        Assert.Null(preview.QuerySelector("#errors"));
        var tasks = preview.Rows("moving-tasks");
        Assert.Equal(["9", "15"], tasks.Select(r => r.GetAttribute("data-task-ref")));
        Assert.All(tasks, r => Assert.Equal(("Sở Tài chính", "Sở Kinh tế"), (r.QuerySelector(".from")!.Text(), r.QuerySelector(".to")!.Text())));
        var draft = Assert.Single(preview.QuerySelectorAll("#moving-reports tbody tr")).QuerySelectorAll("td").Select(td => td.Text());
        Assert.Equal(["năm 2026", "9", "Bản nháp", "Sở Tài chính", "Sở Kinh tế"], draft);
        Assert.NotNull(preview.QuerySelector("#confirm"));
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Agencies.AnyAsync(a => a.Name == "Sở Kinh tế", Ct));
    }

    [Fact]
    public async Task ConfirmingWritesTheSuccessionMovesTheTasksAndTheDraftAndKeepsTheTrail()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        var fields = await MergerAsync(factory);
        var finance = await AgencyAsync(factory, "Sở Tài chính", "Vĩnh Long");

        using var confirmed = await coordinator.PostFormAsync("/Reorganisation/New", fields, "Confirm");
        var index = new HtmlParser().ParseDocument(await confirmed.Content.ReadAsStringAsync(Ct));

        Assert.Equal("/Reorganisation", confirmed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Đã ghi nhận thay đổi: 2 nhiệm vụ", index.QuerySelector("#message")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Quyết định số 99/QĐ-UBND (dữ liệu kiểm thử)", index.QuerySelector("#changes")!.Text(), StringComparison.Ordinal);
        await using var db = factory.Database.CreateContext();
        var economy = await db.Agencies.SingleAsync(a => a.Name == "Sở Kinh tế", Ct);
        var succession = await db.AgencySuccessions.SingleAsync(s => s.PredecessorId == finance, Ct);
        Assert.Equal((economy.Id, new DateOnly(2026, 11, 1)), (succession.SuccessorId, succession.EffectiveOn));
        Assert.Equal(new DateOnly(2026, 10, 31), (await db.Agencies.SingleAsync(a => a.Id == finance, Ct)).ValidTo);
        Assert.Equal(2, await db.Assignments.CountAsync(a => a.CurrentAgencyId == economy.Id, Ct));
        Assert.Equal(0, await db.Assignments.CountAsync(a => a.CurrentAgencyId == finance, Ct));
        Assert.True(await db.AuditTrail.AnyAsync(a => a.EntityType == "AgencySuccession" && a.Action == "Added", Ct));
        Assert.True(await db.AuditTrail.AnyAsync(a => a.EntityType == "Assignment" && a.Action == "Modified" && a.After!.Contains(economy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ct));

        // What Trà Vinh's planning department reported in 2024 stays its own.
        Assert.True(await db.Reports.AnyAsync(r => r.Status == ReportStatus.Accepted && db.Agencies.Any(a => a.Id == r.AgencyId && a.Name == "Sở Kế hoạch và Đầu tư"), Ct));
    }

    [Theory]
    [InlineData("01/12/2026", "Ngày hiệu lực chưa đến")]
    [InlineData("31/02/2026", "Ngày hiệu lực phải viết theo dạng dd/MM/yyyy.")]
    [InlineData("", "Nhập ngày hiệu lực của thay đổi.")]
    public async Task AChangeWithAWrongDateIsRefusedWithAVietnameseError(string date, string error)
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);

        var page = await PostAsync(coordinator, "Preview", await MergerAsync(factory, date));

        Assert.Contains(error, page.QuerySelector("#errors")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#confirm"));
        Assert.Equal("Sở Kinh tế", page.QuerySelector("#new-name-0")!.GetAttribute("value"));
    }

    [Fact]
    public async Task OnlyTheCoordinatorOfTheProvinceOrAnAdministratorRecordsAChange()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var fields = await MergerAsync(factory);

        await factory.SignedInClient(DemoAccounts.ReporterFinanceVinhLong).GetPageAsync("/Reorganisation/New", HttpStatusCode.Forbidden);
        await factory.SignedInClient(DemoAccounts.LeaderTraVinh).GetPageAsync("/Reorganisation", HttpStatusCode.Forbidden);
        var otherProvince = await PostAsync(factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong), "Confirm", fields);

        Assert.Contains("bạn không được ghi nhận thay đổi của cơ quan này", otherProvince.QuerySelector("#errors")!.Text(), StringComparison.Ordinal);
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Agencies.AnyAsync(a => a.Name == "Sở Kinh tế", Ct));
    }

    [Fact]
    public async Task WhereTheDutiesSplitTheCoordinatorHandsATaskToTheShareItBelongsTo()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var admin = factory.SignedInClient();
        var splits = await admin.GetPageAsync("/Reorganisation/Splits");
        var row = Assert.Single(splits.Rows("splits"), r => r.GetAttribute("data-task-ref") == "II.1");
        var options = row.QuerySelectorAll("option").Select(o => (o.GetAttribute("value")!, o.Text())).ToList();
        Assert.Equal("Sở Nội vụ (lao động, việc làm, người có công) · chính", options[0].Item2);
        var health = options.Single(o => o.Item2.StartsWith("Sở Y tế", StringComparison.Ordinal)).Item1;

        using var chosen = await admin.PostFormAsync("/Reorganisation/Splits", new() { ["assignmentId"] = row.GetAttribute("data-assignment")!, ["agencyId"] = health });
        var register = await admin.GetPageAsync(await admin.PlanUrlAsync("457/KH-UBND"));

        var lead = Assert.Single(register.Rows("tasks"), r => r.GetAttribute("data-task-ref") == "II.1").QuerySelector("td.lead-agencies")!.Text();
        Assert.Contains("Sở Y tế (trước đây: Sở Lao động - Thương binh và Xã hội tỉnh An Giang)", lead, StringComparison.Ordinal);
        using var forged = await admin.PostFormAsync("/Reorganisation/Splits", new() { ["assignmentId"] = row.GetAttribute("data-assignment")!, ["agencyId"] = "1" });
        Assert.Contains("Chỉ chọn được một trong các cơ quan tiếp nhận", await forged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
