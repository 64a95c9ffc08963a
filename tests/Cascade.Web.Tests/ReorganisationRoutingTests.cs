using System.Net;
using AngleSharp.Html.Parser;
using Cascade.Core.Reports;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

/// <summary>
/// A plan of Trà Vinh (2023) tracked in late 2026: its tasks reach the agencies of Vĩnh Long that hold
/// the duties of the agencies it named, and what Trà Vinh's agencies reported stays theirs.
/// </summary>
public sealed class ReorganisationRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFinanceDepartmentOfVinhLongSeesAndReportsTheTraVinhTaskOnceLedByThePlanningDepartment()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterFinanceVinhLong);

        var inbox = await reporter.GetPageAsync("/Inbox");
        var row = Assert.Single(inbox.Rows("inbox"), r => r.GetAttribute("data-task-ref") == "9");
        Assert.Contains("Chủ trì (trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)", row.Text(), StringComparison.Ordinal);
        Assert.Contains("105/KH-UBND", row.Text(), StringComparison.Ordinal);
        var url = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Reports/", StringComparison.Ordinal));

        var page = await reporter.GetPageAsync(url);
        Assert.Equal("Sở Tài chính (trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)", page.QuerySelector("#lead-agencies")!.Text());
        var version = page.QuerySelector("#report-form input[name='Form.Version']")!.GetAttribute("value")!;
        using var submitted = await reporter.PostFormAsync(url, new()
        {
            ["Form.State"] = "InProgress",
            ["Form.PercentDone"] = "70",
            ["Form.Results"] = "Đã tổng hợp nhu cầu vốn cho các dự án công nghệ sinh học.",
            ["Form.Version"] = version,
        }, "Submit");
        var after = new HtmlParser().ParseDocument(await submitted.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Đã gửi, chờ duyệt", after.QuerySelector("#report-status")!.Text());
        Assert.Equal("Sở Tài chính", after.QuerySelector("#reported-by")!.Text());
        await using var db = factory.Database.CreateContext();
        var filedBy = await db.Reports.Where(r => db.Tasks.Any(t => t.Id == r.TaskId && t.Ref == "9") && r.Status == ReportStatus.Submitted && r.SubmittedOn == new DateOnly(2026, 11, 25))
            .Select(r => new { r.AgencyId, Unit = db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).First()).First() })
            .SingleAsync(Ct);
        Assert.Equal("Vĩnh Long", filedBy.Unit);
    }

    [Fact]
    public async Task AReportFiledBeforeTheChangeStaysWithTheAgencyThatFiledIt()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        int periodId, taskId;
        await using (var db = factory.Database.CreateContext())
        {
            // Task 9 of Trà Vinh's plan, led by Sở Kế hoạch và Đầu tư; its 2024 report, filed by that department.
            var report = await db.Reports
                .Where(r => db.Tasks.Any(t => t.Id == r.TaskId && t.Ref == "9" && db.Plans.Any(p => p.Id == t.PlanId && p.NumberKey == "105/KH-UBND"))
                    && db.Periods.Any(p => p.Id == r.PeriodId && p.Year == 2024))
                .Select(r => new { r.PeriodId, r.TaskId, Agency = db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).First() })
                .SingleAsync(Ct);
            Assert.Equal("Sở Kế hoạch và Đầu tư", report.Agency);
            (periodId, taskId) = (report.PeriodId, report.TaskId);
        }

        var page = await coordinator.GetPageAsync($"/Reports/{periodId}/{taskId}");
        var review = await coordinator.GetPageAsync($"/Review?period={periodId}");

        Assert.Equal("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh", page.QuerySelector("#reported-by")!.Text());
        Assert.Equal("Sở Tài chính (trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)", page.QuerySelector("#lead-agencies")!.Text());
        var line = Assert.Single(review.Rows("review"), r => r.GetAttribute("data-task-ref") == "9");
        Assert.Contains("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh", line.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoordinatorOfVinhLongManagesThePlanTraVinhIssued()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);

        var plans = await coordinator.GetPageAsync("/Plans");
        var register = await coordinator.GetPageAsync(await coordinator.PlanUrlAsync("105/KH-UBND"));

        Assert.Equal("105/KH-UBND", Assert.Single(plans.Rows("plans")).QuerySelector("td")!.Text());
        var task9 = Assert.Single(register.Rows("tasks"), r => r.GetAttribute("data-task-ref") == "9");
        Assert.Equal("Sở Tài chính (trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)", task9.QuerySelector("td.lead-agencies")!.Text());
        var task6 = Assert.Single(register.Rows("tasks"), r => r.GetAttribute("data-task-ref") == "6");
        Assert.Equal("Sở Y tế (trước đây: Sở Y tế tỉnh Trà Vinh)", task6.QuerySelector("td.lead-agencies")!.Text());
    }

    [Fact]
    public async Task TheFinanceDepartmentsPageListsTheTasksItHoldsUnderThePrintedName()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        var register = await coordinator.GetPageAsync(await coordinator.PlanUrlAsync("105/KH-UBND"));
        var finance = register.QuerySelectorAll("td.lead-agencies a").First(a => a.Text() == "Sở Tài chính").GetAttribute("href")!;

        var page = await coordinator.GetPageAsync(finance);

        Assert.Equal("Sở Tài chính", page.QuerySelector("h1")!.Text());
        var lead = Assert.Single(page.Rows("lead-tasks"));
        Assert.Equal("9", lead.GetAttribute("data-task-ref"));
        Assert.Contains("(trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)", lead.Text(), StringComparison.Ordinal);
        Assert.Equal(["15"], page.Rows("coordinating-tasks").Select(r => r.GetAttribute("data-task-ref")));
    }
}
