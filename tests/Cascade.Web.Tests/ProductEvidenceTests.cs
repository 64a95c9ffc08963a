using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// A task whose product is an issued document (Hải Phòng II.1, "Đề án") is done only when its report
/// links the document: a report of "Hoàn thành" without it is taken, with a warning, and the task
/// stays in progress and shows its product missing; linking the document makes it done.
/// </summary>
public sealed class ProductEvidenceTests
{
    /// <summary>II.1 given a 2027 deadline, so that in 2026 it is not yet due, and no report of 2026 yet.</summary>
    private static async Task<int> ProjectDueIn2027Async(CascadeWebFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var task = await db.Tasks.SingleAsync(t => t.Ref == "II.1" && db.Plans.Any(p => p.Id == t.PlanId && p.NumberKey == "255/KH-UBND"), ct);
        task.Revise(task.Ref, task.Group, task.Title, Timeframe.Deadline("Năm 2027", new DateOnly(2027, 12, 31)), task.Product, task.Order);
        await db.SaveChangesAsync(ct);
        var periods = db.Periods.Where(p => p.PlanId == task.PlanId && p.Year == 2026).Select(p => p.Id);
        await db.Reports.Where(r => r.TaskId == task.Id && periods.Contains(r.PeriodId)).ExecuteDeleteAsync(ct);
        return task.Id;
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, string> Done(IDocument page) => new()
    {
        ["Form.State"] = "Done",
        ["Form.PercentDone"] = "100",
        ["Form.Results"] = "Đã trình Ủy ban nhân dân thành phố Đề án.",
        ["Form.Version"] = page.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!,
    };

    [Fact]
    public async Task ADoneReportWithoutTheIssuedDocumentLeavesTheTaskInProgressUntilTheDocumentIsLinked()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var taskId = await ProjectDueIn2027Async(factory);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceHaiPhong);
        var inbox = await reporter.GetPageAsync("/Inbox");
        var url = inbox.Rows("inbox").Single(r => r.GetAttribute("data-task-ref") == "II.1").QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var plan = await reporter.PlanUrlAsync("255/KH-UBND");

        var form = await reporter.GetPageAsync(url);
        Assert.NotNull(form.QuerySelector("#report-form #product-fields"));
        var submitted = await PostAsync(reporter, url, "Submit", Done(form));

        Assert.Equal("Đã gửi, chờ duyệt", submitted.QuerySelector("#report-status")!.Text());
        Assert.Contains("vẫn được tính là đang thực hiện", submitted.QuerySelector("#product-missing")!.Text(), StringComparison.Ordinal);
        Assert.Equal("InProgress", (await reporter.GetPageAsync("/Tasks/" + taskId)).QuerySelector("#task-status")!.GetAttribute("data-status"));
        var missing = await reporter.GetPageAsync(plan + "?missing=true");
        Assert.Contains(missing.Rows("tasks"), r => r.GetAttribute("data-task-ref") == "II.1" && r.QuerySelector(".product-missing") is not null);
        Assert.All(missing.Rows("tasks"), r => Assert.NotNull(r.QuerySelector(".product-missing")));

        var refused = await PostAsync(reporter, url, "Product", new() { ["Form.ProductNumber"] = "1234/QĐ-UBND", ["Form.ProductDate"] = "15/12/2026", ["Form.ProductIssuer"] = "Ủy ban nhân dân thành phố Hải Phòng" });
        Assert.Equal("Ngày ban hành văn bản không được sau ngày hôm nay.", refused.QuerySelector("#error")!.Text());
        Assert.Equal("1234/QĐ-UBND", refused.QuerySelector("#product-form input[name='Form.ProductNumber']")!.GetAttribute("value"));

        var linked = await PostAsync(reporter, url, "Product", new() { ["Form.ProductNumber"] = "1234/QĐ-UBND", ["Form.ProductDate"] = "15/11/2026", ["Form.ProductIssuer"] = "Ủy ban nhân dân thành phố Hải Phòng" });
        Assert.Null(linked.QuerySelector("#product-missing"));
        Assert.Contains("1234/QĐ-UBND", linked.QuerySelector("#product-documents")!.Text(), StringComparison.Ordinal);
        Assert.Equal("DoneOnTime", (await reporter.GetPageAsync("/Tasks/" + taskId)).QuerySelector("#task-status")!.GetAttribute("data-status"));
        var register = await reporter.GetPageAsync(plan);
        var row = register.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "II.1");
        Assert.Equal("Đã có: số 1234/QĐ-UBND ngày 15/11/2026", row.QuerySelector(".product-issued")!.Text());
        Assert.DoesNotContain((await reporter.GetPageAsync(plan + "?missing=true")).Rows("tasks"), r => r.GetAttribute("data-task-ref") == "II.1");
    }

    [Fact]
    public async Task TheDocumentTypedWithTheReportIsCheckedAndSavedWithIt()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var taskId = await ProjectDueIn2027Async(factory);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceHaiPhong);
        var inbox = await reporter.GetPageAsync("/Inbox");
        var url = inbox.Rows("inbox").Single(r => r.GetAttribute("data-task-ref") == "II.1").QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var form = await reporter.GetPageAsync(url);

        var fields = Done(form);
        fields["Form.ProductNumber"] = "số 1234";
        fields["Form.ProductDate"] = "15/11/2026";
        fields["Form.ProductIssuer"] = "Ủy ban nhân dân thành phố Hải Phòng";
        var refused = await PostAsync(reporter, url, "Submit", fields);
        Assert.Equal("Số, ký hiệu văn bản không đúng dạng (ví dụ 12/QĐ-UBND).", refused.QuerySelector("#error")!.Text());
        Assert.Equal("Chưa báo cáo", refused.QuerySelector("#report-status")!.Text());
        Assert.Equal("Đã trình Ủy ban nhân dân thành phố Đề án.", refused.QuerySelector("textarea[name='Form.Results']")!.TextContent.Trim());

        fields["Form.ProductNumber"] = "1234/QĐ-UBND";
        var submitted = await PostAsync(reporter, url, "Submit", fields);
        Assert.Null(submitted.QuerySelector("#product-missing"));
        Assert.Contains("1234/QĐ-UBND", submitted.QuerySelector("#product-documents")!.Text(), StringComparison.Ordinal);
        Assert.Equal("DoneOnTime", (await reporter.GetPageAsync("/Tasks/" + taskId)).QuerySelector("#task-status")!.GetAttribute("data-status"));
    }
}
