using System.Text.Json;
using Cascade.Core.Progress;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>The dashboards count what <see cref="Cascade.Data.Progress.TaskProgressQuery"/> classifies, nothing of their own.</summary>
public sealed class DashboardCountsTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task TheNationalCountsAreThoseOfTheTaskProgressQuery(int year)
    {
        var expected = await site.Factory.ProgressAsync(year);

        var dashboard = await site.NewClient(DemoAccounts.NationalViewer).GetJsonAsync($"/api/dashboards/national?year={year}");

        Assert.Equal(DemoFigures.Counts(expected), DemoFigures.Counts(dashboard));
        Assert.Equal(expected.Count(t => t.Status != ProgressStatus.NotApplicable), dashboard.GetProperty("taskCount").GetInt32());
        Assert.True(dashboard.GetProperty("isNational").GetBoolean());
        Assert.Equal(year, dashboard.GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task TheNationalCountsAreTheSumsOfEachPlansDashboard(int year)
    {
        var client = site.NewClient(DemoAccounts.NationalViewer);
        var planIds = await site.Factory.ReadAsync(db => db.Plans.Select(p => p.Id).ToListAsync());
        var plans = new List<JsonElement>();
        foreach (var planId in planIds)
        {
            plans.Add(await client.GetJsonAsync($"/api/dashboards/plans/{planId}?year={year}"));
        }

        var national = await client.GetJsonAsync($"/api/dashboards/national?year={year}");

        int Sum(Func<JsonElement, int> figure) => plans.Sum(figure);
        Assert.Equal(Sum(p => p.GetProperty("allTasks").GetInt32()), national.GetProperty("allTasks").GetInt32());
        Assert.Equal(Sum(p => p.GetProperty("taskCount").GetInt32()), national.GetProperty("taskCount").GetInt32());
        Assert.Equal(plans.SelectMany(p => DemoFigures.Counts(p)).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)), DemoFigures.Counts(national));
        Assert.Equal(Sum(p => p.GetProperty("totals").GetProperty("overdue").GetInt32()), national.GetProperty("totals").GetProperty("overdue").GetInt32());
        foreach (var figure in new[] { "expected", "onTime", "late", "missing" })
        {
            Assert.Equal(Sum(p => p.GetProperty("reportingOfYear").GetProperty(figure).GetInt32()), national.GetProperty("reportingOfYear").GetProperty(figure).GetInt32());
        }

        // Every agency holding tasks, with as many as it holds in all the plans together (the demo's list is shown whole).
        static Dictionary<string, int> Held(IEnumerable<JsonElement> lines) =>
            lines.GroupBy(a => a.GetProperty("agencyId").ToString()).ToDictionary(g => g.Key, g => g.Sum(a => a.GetProperty("total").GetInt32()));
        var agencies = national.GetProperty("byLeadAgency").EnumerateArray().ToList();
        Assert.Equal(national.GetProperty("totals").GetProperty("agencies").GetInt32(), agencies.Count);
        Assert.Equal(Held(plans.SelectMany(p => p.GetProperty("byLeadAgency").EnumerateArray())), Held(agencies));
    }

    [Fact]
    public async Task TheYearDefaultsToTheCurrentYear()
    {
        var dashboard = await site.NewClient().GetJsonAsync("/api/dashboards/national");
        var page = await site.NewClient().GetPageAsync("/Dashboards");

        Assert.Equal(2026, dashboard.GetProperty("year").GetInt32());
        Assert.Equal("2026", page.QuerySelector("#year option[selected]")!.Text());
    }

    [Fact]
    public async Task ThePlansCountsByStatusAndByLeadAgencyAreThoseOfTheTaskProgressQuery()
    {
        var planId = await site.Factory.PlanIdAsync("457/KH-UBND");
        var expected = (await site.Factory.ProgressAsync(2025, t => t.Where(x => x.PlanId == planId))).Where(t => t.Status != ProgressStatus.NotApplicable).ToList();

        var dashboard = await site.NewClient().GetJsonAsync($"/api/dashboards/plans/{planId}?year=2025");

        Assert.Equal(DemoFigures.Counts(expected), DemoFigures.Counts(dashboard));
        var byAgency = dashboard.GetProperty("byLeadAgency").EnumerateArray().ToDictionary(
            a => a.GetProperty("agency").GetString()!, a => a.GetProperty("total").GetInt32());
        Assert.Equal(expected.GroupBy(t => t.LeadName!).ToDictionary(g => g.Key, g => g.Count()), byAgency);
        Assert.Equal("457/KH-UBND", dashboard.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheOverdueListIsTheOverdueTasksWithTheirDaysOverdueLongestFirst()
    {
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");
        var expected = (await site.Factory.ProgressAsync(2025, t => t.Where(x => x.PlanId == planId)))
            .Where(t => t.Status == ProgressStatus.Overdue).OrderByDescending(t => t.DaysOverdue).ThenBy(t => t.TaskId).ToList();

        var dashboard = await site.NewClient().GetJsonAsync($"/api/dashboards/plans/{planId}?year=2025");
        var page = await site.NewClient().GetPageAsync($"/Dashboards/Plan/{planId}?year=2025");

        Assert.NotEmpty(expected);
        var overdue = dashboard.GetProperty("overdue").EnumerateArray().ToList();
        Assert.Equal(expected.Select(t => (t.TaskId, t.DaysOverdue)), overdue.Select(t => (t.GetProperty("taskId").GetInt32(), (int?)t.GetProperty("daysOverdue").GetInt32())));
        var rows = page.Rows("table-overdue");
        Assert.Equal(expected.Select(t => t.DaysOverdue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.Children[^1].Text()));
        var period = overdue[0].GetProperty("periodId").GetInt32();
        Assert.Equal($"/Reports/{period}/{expected[0].TaskId}", rows[0].QuerySelector("a[href^='/Reports/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ThePageShowsTheSameCountsAsTheApi()
    {
        var client = site.NewClient();
        var dashboard = await client.GetJsonAsync("/api/dashboards/national?year=2025");

        var page = await client.GetPageAsync("/Dashboards?year=2025");

        var shown = page.Rows("table-status").Select(r => int.Parse(r.Children[1].Text(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dashboard.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()), shown);
        Assert.Equal(["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn", "Chưa đến hạn, chưa triển khai", "Chờ văn bản của cấp trên"],
            page.Rows("table-status").Select(r => r.Children[0].Text()));
        Assert.Equal(dashboard.GetProperty("taskCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#task-count")!.Text());
    }

    [Fact]
    public async Task TheDashboardReadsInEnglish()
    {
        var page = await site.NewClient(DemoAccounts.NationalViewer).GetPageAsync("/Dashboards?year=2025&culture=en-US&ui-culture=en-US");

        Assert.Equal("Nationwide overview", page.QuerySelector("h1")!.Text());
        Assert.Equal(["Done on time", "Done late", "In progress, not yet due", "Overdue", "Not due, not started", "Awaiting a higher-level decision"],
            page.Rows("table-status").Select(r => r.Children[0].Text()));
        Assert.Equal("Agriculture, fisheries and forestry", page.QuerySelector("#sector option[value=Agriculture]")!.Text());
        Assert.Contains("\"labels\":[\"Done on time\",", page.QuerySelector("#dashboard-data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportingCompletenessIsTheReviewsCountForThePlansPeriod()
    {
        var coordinator = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");
        var review = await coordinator.GetPageAsync("/Review");
        var period = review.QuerySelectorAll("#period option").Single(o => o.Text().Contains("năm 2025", StringComparison.Ordinal)).GetAttribute("value");
        var completeness = (await coordinator.GetPageAsync($"/Review?period={period}")).Rows("completeness")
            .ToDictionary(r => r.Children[0].Text(), r => r.Children.Skip(1).Select(c => c.Text()).ToList());

        var dashboard = await coordinator.GetPageAsync($"/Dashboards/Plan/{planId}?year=2025");

        var rows = dashboard.Rows("table-reporting");
        Assert.Equal("Tổng cộng", rows[^1].Children[0].Text());
        Assert.Equal(completeness, rows.SkipLast(1).ToDictionary(r => r.Children[0].Text(), r => r.Children.Skip(1).Select(c => c.Text()).ToList()));
        Assert.Contains(completeness.Values, line => line[3] != "0");
    }
}
