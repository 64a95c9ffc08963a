using System.Net;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>A dashboard shows only what its reader may read; one they may not read does not exist for them.</summary>
public sealed class DashboardScopeTests(DemoSite site) : IClassFixture<DemoSite>
{
    public static TheoryData<string> OutsidersOfTraVinh => new(
        DemoAccounts.CoordinatorHaiPhong.Email, DemoAccounts.ReporterHealthHaiPhong.Email, DemoAccounts.ReporterScienceTraVinh.Email);

    [Theory]
    [MemberData(nameof(OutsidersOfTraVinh))]
    public async Task AnotherProvincesCoordinatorOrAReporterCannotReadAProvincesDashboard(string email)
    {
        var client = site.NewClient(DemoAccounts.All.Single(a => a.Email == email));
        var traVinh = await site.Factory.UnitIdAsync("Trà Vinh");

        await client.GetPageAsync($"/Dashboards/Province/{traVinh}", HttpStatusCode.NotFound);
        using var api = await client.GetAsync($"/api/dashboards/provinces/{traVinh}", TestContext.Current.CancellationToken);
        using var csv = await client.GetAsync($"/Dashboards/Province/{traVinh}?handler=Csv&table=status", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task TheProvincesCoordinatorAndLeaderAndTheNationalViewerReadIt()
    {
        var traVinh = await site.Factory.UnitIdAsync("Trà Vinh");
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");
        var expected = DemoFigures.Counts(await site.Factory.ProgressAsync(2026, t => t.Where(x => x.PlanId == planId)));

        foreach (var account in new[] { DemoAccounts.CoordinatorTraVinh, DemoAccounts.LeaderTraVinh, DemoAccounts.NationalViewer })
        {
            var client = site.NewClient(account);
            var page = await client.GetPageAsync($"/Dashboards/Province/{traVinh}");
            var dashboard = await client.GetJsonAsync($"/api/dashboards/provinces/{traVinh}");

            Assert.Equal("Tổng quan: Trà Vinh", page.QuerySelector("h1")!.Text());
            Assert.Equal(expected, DemoFigures.Counts(dashboard));
        }
    }

    [Fact]
    public async Task ACoordinatorsOverviewIsTheirProvinceNotTheCountry()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var traVinh = await site.Factory.UnitIdAsync("Trà Vinh");
        var vinhLong = await site.Factory.UnitIdAsync("Vĩnh Long");

        var page = await client.GetPageAsync("/Dashboards");
        var overview = await client.GetJsonAsync("/api/dashboards/national");
        var province = await client.GetJsonAsync($"/api/dashboards/provinces/{traVinh}");

        Assert.Equal("Tổng quan", page.QuerySelector("h1")!.Text());
        Assert.False(overview.GetProperty("isNational").GetBoolean());
        Assert.Equal(DemoFigures.Counts(province), DemoFigures.Counts(overview));
        // Trà Vinh's plan counts for the province of today, Vĩnh Long.
        Assert.Equal([$"/Dashboards/Province/{vinhLong}"], page.QuerySelectorAll("#province-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AnotherProvincesPlanDashboardIsNotFound()
    {
        var haiPhong = await site.Factory.PlanIdAsync("255/KH-UBND");

        await site.NewClient(DemoAccounts.CoordinatorTraVinh).GetPageAsync($"/Dashboards/Plan/{haiPhong}", HttpStatusCode.NotFound);
        await site.NewClient(DemoAccounts.NationalViewer).GetPageAsync($"/Dashboards/Plan/{haiPhong}");
    }

    [Fact]
    public async Task AReporterReadsTheirAgencysDashboardAndNoOtherAgencys()
    {
        var client = site.NewClient(DemoAccounts.ReporterHealthHaiPhong);
        var health = await site.Factory.AgencyIdAsync("Hải Phòng", "Sở Y tế");
        var science = await site.Factory.AgencyIdAsync("Hải Phòng", "Sở Khoa học và Công nghệ");

        var own = await client.GetJsonAsync($"/api/dashboards/agencies/{health}");
        var page = await client.GetPageAsync($"/Dashboards/Agency/{health}");
        await client.GetPageAsync($"/Dashboards/Agency/{science}", HttpStatusCode.NotFound);

        // Sở Y tế Hải Phòng leads III.4 and III.5 of 255/KH-UBND.
        Assert.Equal(2, own.GetProperty("allTasks").GetInt32());
        Assert.Equal("Tổng quan: Sở Y tế", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task AnAgencysDashboardCountsTheTasksItLeads()
    {
        // Since the 2025 merger the Department of Science and Technology of Vĩnh Long leads what Trà Vinh's led.
        var science = await site.Factory.AgencyIdAsync("Vĩnh Long", "Sở Khoa học và Công nghệ");
        var expected = (await site.Factory.ProgressAsync(2025)).Where(t => t.LeadAgencyId == science).ToList();

        var dashboard = await site.NewClient(DemoAccounts.CoordinatorTraVinh).GetJsonAsync($"/api/dashboards/agencies/{science}?year=2025");

        Assert.NotEmpty(expected);
        Assert.Equal(DemoFigures.Counts(expected), DemoFigures.Counts(dashboard));
    }

    [Fact]
    public async Task TheMenuAndThePlanAndAgencyPagesLinkToTheDashboards()
    {
        var client = site.NewClient(DemoAccounts.LeaderTraVinh);
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");
        var science = await site.Factory.AgencyIdAsync("Trà Vinh", "Sở Khoa học và Công nghệ");

        var plan = await client.GetPageAsync($"/Plans/{planId}");
        var agency = await client.GetPageAsync($"/Agencies/{science}");

        Assert.Equal("/Dashboards", plan.QuerySelector("nav")!.Link("Tổng quan"));
        Assert.Equal($"/Dashboards/Plan/{planId}", plan.QuerySelector("#plan-dashboard")!.GetAttribute("href"));
        Assert.Equal($"/Dashboards/Agency/{science}", agency.QuerySelector("#agency-dashboard")!.GetAttribute("href"));
    }
}
