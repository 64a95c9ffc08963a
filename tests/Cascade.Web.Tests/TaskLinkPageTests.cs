using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Cascade.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// The same task in several plans: Trà Vinh's plan 105/KH-UBND carries out the province Party
/// committee's 138-KH/TU. Once that plan is in the system, its tasks are proposed against Trà Vinh's;
/// the coordinator confirms a pair, and the higher task shows the province task's status.
/// </summary>
public sealed class TaskLinkPageTests
{
    private static readonly PlanRegister PartyPlan = new()
    {
        Document = new RegisterDocument
        {
            Kind = "plan",
            Number = "138-KH/TU",
            Date = "2023-06-12",
            Issuer = "Ban Thường vụ Tỉnh ủy Trà Vinh",
            Level = "province",
            Locality = "Trà Vinh",
            Title = "Kế hoạch thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học",
            Implements = ["36-NQ/TW"],
        },
        Tasks =
        [
            new RegisterTask { Ref = "1", Title = "Quán triệt, tuyên truyền sâu rộng Nghị quyết số 36-NQ/TW trong cán bộ, đảng viên và nhân dân", Lead = ["Ban Tuyên giáo Tỉnh ủy"] },
            new RegisterTask { Ref = "2", Title = "Xây dựng cơ chế, chính sách đầu tư phát triển và ứng dụng công nghệ sinh học của tỉnh", Lead = ["Sở Khoa học và Công nghệ"] },
            new RegisterTask { Ref = "3", Title = "Củng cố tổ chức cơ sở đảng trong các doanh nghiệp", Lead = ["Ban Tổ chức Tỉnh ủy"] },
        ],
    };

    private static async Task<IDocument> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AConfirmedLinkShowsTheProvinceTasksStatusOnTheHigherTask()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        using (var scope = factory.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<RegisterStore>().SaveAsync(PartyPlan, TestContext.Current.CancellationToken)).Succeeded);
        }

        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var plan = await coordinator.PlanUrlAsync("105/KH-UBND");
        var links = await coordinator.GetPageAsync(plan + "/Links");
        var section = links.QuerySelector("section.parent-plan[data-number='138-KH/TU']")!;
        Assert.Contains("chưa có trong hệ thống", links.QuerySelector("section.parent-plan[data-number='36-NQ/TW']")!.Text(), StringComparison.Ordinal);
        var register = await coordinator.GetPageAsync(plan);
        var task3 = register.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "3").QuerySelector("a.task-title")!.GetAttribute("href")!["/Tasks/".Length..];
        var pair = section.QuerySelectorAll("table.proposed tbody tr").Single(r => r.GetAttribute("data-task") == task3);
        var parentTask = pair.GetAttribute("data-parent")!;
        Assert.DoesNotContain(section.QuerySelectorAll("table.proposed tbody tr"), r => r.Text().Contains("Củng cố tổ chức cơ sở đảng", StringComparison.Ordinal));

        var confirmed = await PostAsync(coordinator, plan + "/Links", "Confirm", new() { ["taskId"] = task3, ["parentTaskId"] = parentTask });
        Assert.NotNull(confirmed.QuerySelector("#message"));
        Assert.Single(confirmed.QuerySelectorAll($"section.parent-plan[data-number='138-KH/TU'] table.confirmed tr[data-task='{task3}']"));
        Assert.Empty(confirmed.QuerySelectorAll($"section.parent-plan[data-number='138-KH/TU'] table.proposed tr[data-task='{task3}'][data-parent='{parentTask}']"));

        // The province's department reports on its task for 2026.
        var inbox = await reporter.GetPageAsync("/Inbox");
        var report = inbox.Rows("inbox").First(r => r.GetAttribute("data-task-ref") == "3").QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));
        var form = await reporter.GetPageAsync(report);
        if (form.QuerySelector("#report-form fieldset[disabled]") is null)
        {
            await PostAsync(reporter, report, "Submit", new()
            {
                ["Form.State"] = "InProgress", ["Form.PercentDone"] = "60", ["Form.Results"] = "Đã trình dự thảo cơ chế.",
                ["Form.Version"] = form.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!,
            });
        }

        var own = await coordinator.GetPageAsync("/Tasks/" + task3);
        Assert.Contains(own.QuerySelectorAll("#carries-out a"), a => a.GetAttribute("href") == "/Tasks/" + parentTask);
        var higher = await coordinator.GetPageAsync("/Tasks/" + parentTask);
        var child = Assert.Single(higher.QuerySelectorAll("#carried-out-by tbody tr"));
        Assert.Equal(task3, child.GetAttribute("data-task"));
        Assert.Equal(own.QuerySelector("#task-status")!.GetAttribute("data-status"), child.GetAttribute("data-status"));
        Assert.Equal("1 tỉnh đã báo cáo năm 2026", higher.QuerySelector("#reporting-localities")!.Text());
        var parentRegister = await coordinator.GetPageAsync(await coordinator.PlanUrlAsync("138-KH/TU"));
        Assert.Equal("1 tỉnh đã báo cáo năm 2026", parentRegister.Rows("tasks").Single(r => r.GetAttribute("data-task-ref") == "2").QuerySelector(".reporting-localities")!.Text());
    }

    [Fact]
    public async Task OnlyThePlansCoordinatorConfirmsLinks()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegisterStore>().SaveAsync(PartyPlan, TestContext.Current.CancellationToken);
        }

        var leader = factory.SignedInClient(DemoAccounts.LeaderTraVinh);
        var plan = await leader.PlanUrlAsync("105/KH-UBND");
        var page = await leader.GetPageAsync(plan + "/Links");
        var pair = page.QuerySelectorAll("table.proposed tbody tr").First();

        Assert.Empty(page.QuerySelectorAll("main form"));
        using var posted = await leader.PostFormAsync(plan + "/Links", new() { ["taskId"] = pair.GetAttribute("data-task")!, ["parentTaskId"] = pair.GetAttribute("data-parent")! }, "Confirm");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        var other = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        await other.GetPageAsync(plan + "/Links", HttpStatusCode.NotFound);
    }
}
