using Cascade.Core.Progress;
using Cascade.Core.Tasks;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>The year, sector and solution group narrow every count of a dashboard.</summary>
public sealed class DashboardFilterTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task ASectorNarrowsTheCountsToItsTasks()
    {
        var all = await site.Factory.ProgressAsync(2025);
        var health = all.Where(t => Sectors.Of(t.Group, t.Title) == Sector.Health).ToList();

        var dashboard = await site.NewClient().GetJsonAsync("/api/dashboards/national?year=2025&sector=health");
        var unfiltered = await site.NewClient().GetJsonAsync("/api/dashboards/national?year=2025");

        Assert.NotEmpty(health);
        Assert.Equal(DemoFigures.Counts(health), DemoFigures.Counts(dashboard));
        Assert.True(dashboard.GetProperty("taskCount").GetInt32() < unfiltered.GetProperty("taskCount").GetInt32());
        Assert.True(dashboard.GetProperty("reportingOfYear").GetProperty("expected").GetInt32() < unfiltered.GetProperty("reportingOfYear").GetProperty("expected").GetInt32());
        Assert.Equal("health", dashboard.GetProperty("sector").GetString());
    }

    [Fact]
    public async Task ASolutionGroupAndASectorTogetherNarrowToTheTasksOfBoth()
    {
        var all = await site.Factory.ProgressAsync(2026);
        var expected = all.Where(t => SolutionGroups.Of(t.Group, t.Title) == SolutionGroup.DevelopmentAndApplication && Sectors.Of(t.Group, t.Title) == Sector.Agriculture).ToList();

        var page = await site.NewClient().GetPageAsync("/Dashboards?year=2026&group=DevelopmentAndApplication&sector=Agriculture");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count(t => t.Status != ProgressStatus.NotApplicable).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#task-count")!.Text());
        Assert.Equal("DevelopmentAndApplication", page.QuerySelector("#group option[selected]")!.GetAttribute("value"));
        Assert.Equal("Agriculture", page.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.All(page.Rows("table-overdue"), r => Assert.Contains(expected, t => t.Title == r.Children[2].Text()));
    }

    [Fact]
    public async Task TheYearChangesTheCountsAndTheReportingPeriod()
    {
        var client = site.NewClient();

        var earlier = await client.GetJsonAsync("/api/dashboards/national?year=2024");
        var later = await client.GetJsonAsync("/api/dashboards/national?year=2026");

        Assert.NotEqual(DemoFigures.Counts(earlier), DemoFigures.Counts(later));
        Assert.StartsWith("2024-", earlier.GetProperty("reportingOfYear").GetProperty("lastDue").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2026-", later.GetProperty("reportingOfYear").GetProperty("lastDue").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheDueDayTheMissingReportsAreSaidToIncludeThoseStillOnTime()
    {
        var client = site.NewClient();

        var current = await client.GetPageAsync("/Dashboards?year=2026");
        var past = await client.GetPageAsync("/Dashboards?year=2025");

        Assert.Equal("Chưa đến hạn nộp: số chưa nộp gồm cả các báo cáo còn trong hạn.", current.QuerySelector("#not-yet-due")!.Text());
        Assert.Null(past.QuerySelector("#not-yet-due"));
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSoAndOffersToClearIt()
    {
        var planId = await site.Factory.PlanIdAsync("255/KH-UBND");

        var page = await site.NewClient().GetPageAsync($"/Dashboards/Plan/{planId}?sector=DefenceAndSecurity");

        Assert.Equal("Không có nhiệm vụ nào khớp với điều kiện lọc. Xóa điều kiện lọc", page.QuerySelector("#no-tasks")!.Text());
        Assert.Equal("0", page.QuerySelector("#task-count")!.Text());
    }

    [Theory]
    [InlineData("year=abc", "Năm phải là một số từ 2000 đến 2100; trang đang hiển thị năm hiện tại.")]
    [InlineData("year=1850", "Năm phải là một số từ 2000 đến 2100; trang đang hiển thị năm hiện tại.")]
    [InlineData("sector=Tourism", "Lĩnh vực hoặc nhóm giải pháp không có trong danh sách; trang hiển thị tất cả.")]
    public async Task ABadFilterIsExplainedAndTheDashboardStillShows(string query, string message)
    {
        var page = await site.NewClient().GetPageAsync("/Dashboards?" + query);

        Assert.Equal(message, page.QuerySelector(".alert-warning")!.Text());
        Assert.Equal("2026", page.QuerySelector("#year option[selected]")!.Text());
        Assert.NotNull(page.QuerySelector("#table-status"));
    }
}
