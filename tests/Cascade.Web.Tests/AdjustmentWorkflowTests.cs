using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>
/// Adjusting a plan through the real pages: an agency proposes, the coordinator consolidates and
/// records the People's Committee's decision, the plan gets version 2, and the task's history names
/// the decision. Agencies not named on a plan cannot act on it; bad input is refused and kept.
/// </summary>
public sealed class AdjustmentWorkflowTests
{
    private static async Task<IDocument> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(expected, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(string Plan, string TaskId)> TraVinhTaskAsync(HttpClient client, string taskRef)
    {
        var plan = await client.PlanUrlAsync("105/KH-UBND");
        var page = await client.GetPageAsync(plan);
        var title = page.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == taskRef).QuerySelector("a.task-title")!.GetAttribute("href")!;
        return (plan, title["/Tasks/".Length..]);
    }

    private static Dictionary<string, string> Change(string taskId, string reason = "Chờ hướng dẫn của Bộ Khoa học và Công nghệ về cơ chế mới.") => new()
    {
        ["Form.Kind"] = "Change",
        ["Form.TaskId"] = taskId,
        ["Form.Timeframe"] = "Năm 2027",
        ["Form.Reason"] = reason,
    };

    private static IElement Row(IDocument page, string status) => page.Rows("proposals").First(r => r.GetAttribute("data-status") == status);

    private static Dictionary<string, string> Act(IElement row, string? comment = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["proposalId"] = row.GetAttribute("data-proposal")!,
            ["version"] = row.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        };
        if (comment is not null)
        {
            fields["Comment"] = comment;
        }

        return fields;
    }

    [Fact]
    public async Task AnAgencyProposesTheCoordinatorRecordsTheDecisionAndThePlanHasVersionTwo()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var (plan, taskId) = await TraVinhTaskAsync(reporter, "3");
        var adjustments = plan + "/Adjustments";

        var proposed = await PostAsync(reporter, adjustments, "Propose", Change(taskId));
        Assert.Equal("Đã gửi đề xuất đến Sở Khoa học và Công nghệ.", proposed.QuerySelector("#message")!.Text());
        Assert.Null(proposed.QuerySelector("#decision-form"));
        var row = Row(proposed, "Proposed");
        Assert.Contains("Năm 2027", row.QuerySelector(".proposed")!.Text(), StringComparison.Ordinal);

        var review = await coordinator.GetPageAsync(adjustments);
        Assert.Null(review.QuerySelector("#proposal-form"));
        var accepted = await PostAsync(coordinator, adjustments, "Accept", Act(Row(review, "Proposed"), "Đồng ý, trình UBND tỉnh."));
        Assert.Single(accepted.QuerySelectorAll("#batch li"));

        var decided = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "123/QĐ-UBND", ["DecisionDate"] = "20/11/2026" });
        Assert.Contains("phiên bản mới", decided.QuerySelector("#message")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Approved", decided.Rows("proposals").Single().GetAttribute("data-status"));
        Assert.Contains("Quyết định số 123/QĐ-UBND ngày 20/11/2026", decided.QuerySelector("#decisions")!.Text(), StringComparison.Ordinal);

        var versions = await reporter.GetPageAsync(plan + "/Versions");
        Assert.Equal(["Ban hành lần đầu", "Quyết định số 123/QĐ-UBND ngày 20/11/2026"], versions.Rows("versions").Select(r => r.QuerySelector(".basis")!.Text()));
        var second = await reporter.GetPageAsync(plan + "/Versions/2");
        var change = Assert.Single(second.QuerySelectorAll("#changes tr.change"));
        Assert.Equal("Reassigned", change.GetAttribute("data-kind"));
        Assert.Contains("Năm 2027", second.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "3").Text(), StringComparison.Ordinal);
        var first = await reporter.GetPageAsync(plan + "/Versions/1");
        Assert.DoesNotContain("Năm 2027", first.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "3").Text(), StringComparison.Ordinal);

        var task = await reporter.GetPageAsync("/Tasks/" + taskId);
        var history = task.QuerySelector("#history li[data-status=Approved]")!;
        Assert.Contains("Quyết định số 123/QĐ-UBND ngày 20/11/2026", history.Text(), StringComparison.Ordinal);
        Assert.Contains("Năm 2027", history.QuerySelector("table.changes")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Năm 2027", task.QuerySelectorAll("#task-header dd")[2].Text());

        var listed = await reporter.GetJsonAsync("/api" + plan.ToLowerInvariant() + "/versions");
        Assert.Equal([1, 2], listed.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        var asIssued = await reporter.GetJsonAsync("/api" + plan.ToLowerInvariant() + "/versions/1/register");
        Assert.DoesNotContain(asIssued.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("timeframe").GetProperty("text").GetString() == "Năm 2027");
    }

    [Fact]
    public async Task TheReportPageLinksToTheTasksHistory()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var inbox = await reporter.GetPageAsync("/Inbox");
        var report = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == "3").QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));

        var page = await reporter.GetPageAsync(report);
        var history = await reporter.GetPageAsync(page.QuerySelector("#task-page")!.GetAttribute("href")!);

        Assert.Equal("Nhiệm vụ 3", history.QuerySelector("h1")!.Text());
        Assert.Contains(history.QuerySelectorAll("#reports a"), a => a.GetAttribute("href") == report);
    }

    [Fact]
    public async Task AgenciesNotNamedOnAPlanAndOtherProvincesCannotActOnIt()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var owner = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var (plan, taskId) = await TraVinhTaskAsync(owner, "3");
        var adjustments = plan + "/Adjustments";
        await PostAsync(owner, adjustments, "Propose", Change(taskId));
        var row = Act(Row(await owner.GetPageAsync(adjustments), "Proposed"));

        var stranger = factory.SignedInClient(DemoAccounts.ReporterHealthHaiPhong);
        await stranger.GetPageAsync(adjustments, HttpStatusCode.NotFound);
        using (var posted = await stranger.PostFormAsync(adjustments, Change(taskId), "Propose"))
        {
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        var otherCoordinator = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        using (var accepted = await otherCoordinator.PostFormAsync(adjustments, row, "Accept"))
        {
            Assert.Equal(HttpStatusCode.NotFound, accepted.StatusCode);
        }

        await PostAsync(owner, adjustments, "Accept", row, HttpStatusCode.Forbidden);
        var leader = factory.SignedInClient(DemoAccounts.LeaderTraVinh);
        var read = await leader.GetPageAsync(adjustments);
        Assert.Null(read.QuerySelector("#proposal-form"));
        Assert.Null(read.QuerySelector("form.consolidate"));
        Assert.Equal("Proposed", read.Rows("proposals").Single().GetAttribute("data-status"));
    }

    [Fact]
    public async Task BadInputIsRefusedWithAClearErrorAndNothingIsLost()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var (plan, taskId) = await TraVinhTaskAsync(reporter, "3");
        var adjustments = plan + "/Adjustments";

        var noReason = await PostAsync(reporter, adjustments, "Propose", Change(taskId, reason: " "));
        Assert.Equal("Hãy nêu lý do của đề xuất.", noReason.QuerySelector("#error")!.Text());
        Assert.Equal("Năm 2027", noReason.QuerySelector("input[name='Form.Timeframe']")!.GetAttribute("value"));
        Assert.Null(noReason.QuerySelector("table#proposals"));

        await PostAsync(reporter, adjustments, "Propose", Change(taskId));
        var review = await coordinator.GetPageAsync(adjustments);
        var declineWithout = await PostAsync(coordinator, adjustments, "Decline", Act(Row(review, "Proposed")));
        Assert.Equal("Khi không tiếp thu đề xuất, hãy ghi rõ lý do.", declineWithout.QuerySelector("#error")!.Text());
        await PostAsync(coordinator, adjustments, "Accept", Act(Row(declineWithout, "Proposed")));

        var badNumber = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "QĐ số 123", ["DecisionDate"] = "20/11/2026" });
        Assert.Equal("Số, ký hiệu quyết định không đúng dạng (ví dụ 123/QĐ-UBND).", badNumber.QuerySelector("#error")!.Text());
        Assert.Equal("QĐ số 123", badNumber.QuerySelector("input[name=DecisionNumber]")!.GetAttribute("value"));
        var badDate = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "123/QĐ-UBND", ["DecisionDate"] = "31/02/2026" });
        Assert.Equal("Ngày của quyết định không đúng dạng ngày/tháng/năm (dd/MM/yyyy).", badDate.QuerySelector("#error")!.Text());
        var future = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "123/QĐ-UBND", ["DecisionDate"] = "26/11/2026" });
        Assert.Equal("Ngày ban hành quyết định không được sau ngày hôm nay.", future.QuerySelector("#error")!.Text());
        Assert.Single(future.QuerySelectorAll("#batch li"));
        Assert.NotNull((await coordinator.GetPageAsync(plan + "/Versions")).QuerySelector("#versions-empty"));

        var approved = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "123/QĐ-UBND", ["DecisionDate"] = "25/11/2026" });
        var twice = await PostAsync(coordinator, adjustments, "Decision", new() { ["DecisionNumber"] = "123/QĐ-UBND", ["DecisionDate"] = "25/11/2026" });
        Assert.Equal("Quyết định này đã được ghi nhận cho kế hoạch; không phê duyệt lại được.", twice.QuerySelector("#error")!.Text());
        // Proposed (version 0), taken into the batch (1), approved (2): acting on it again is refused.
        var again = await PostAsync(coordinator, adjustments, "Accept", new() { ["proposalId"] = Row(approved, "Approved").GetAttribute("data-proposal")!, ["version"] = "2" });
        Assert.Equal("Đề xuất đã được phê duyệt theo quyết định; không xử lý lại được.", again.QuerySelector("#error")!.Text());
        var stale = await PostAsync(coordinator, adjustments, "Decline", new() { ["proposalId"] = Row(approved, "Approved").GetAttribute("data-proposal")!, ["version"] = "1", ["Comment"] = "Muộn" });
        Assert.Equal("Đề xuất vừa được người khác xử lý. Trang đã được tải lại với tình trạng mới nhất.", stale.QuerySelector("#error")!.Text());
        Assert.Equal(2, (await coordinator.GetPageAsync(plan + "/Versions")).Rows("versions").Count);
    }
}
