using AngleSharp.Dom;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>The dashboard of a province formed in 2025 counts the plans of the provinces merged into it.</summary>
public sealed class MergedProvinceDashboardTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task VinhLongsDashboardCountsThePlanTraVinhIssuedUnderItsOwnNumber()
    {
        var vinhLong = await site.Factory.UnitIdAsync("Vĩnh Long");
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");
        var expected = DemoFigures.Counts(await site.Factory.ProgressAsync(2026, t => t.Where(x => x.PlanId == planId)));
        var client = site.NewClient(DemoAccounts.CoordinatorVinhLong);

        var dashboard = await client.GetJsonAsync($"/api/dashboards/provinces/{vinhLong}?year=2026");
        var page = await client.GetPageAsync($"/Dashboards/Province/{vinhLong}?year=2026");

        // The demo holds no other plan of Vĩnh Long, Bến Tre or the old Vĩnh Long.
        Assert.Equal(expected, DemoFigures.Counts(dashboard));
        var link = page.QuerySelector("#province-plans-link")!;
        Assert.Contains("3 tỉnh đã hợp nhất vào", link.Text());
        Assert.StartsWith("/Provinces/", link.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AProvinceLeftAsItWasSaysNothingOfMergers()
    {
        var client = site.NewClient(DemoAccounts.NationalViewer);
        var caoBang = await site.Factory.UnitIdAsync("Cao Bằng");

        var page = await client.GetPageAsync($"/Dashboards/Province/{caoBang}");

        Assert.DoesNotContain("hợp nhất vào", page.QuerySelector("#province-plans-link")!.Text());
    }
}
