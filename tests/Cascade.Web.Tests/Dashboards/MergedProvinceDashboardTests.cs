using System.Text.Json;
using AngleSharp.Dom;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

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
        Assert.Equal($"/Provinces/{dashboard.GetProperty("code").GetString()}", link.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AProvincesDashboardCarriesItsCodeAndHowManyProvincesMergedIntoIt()
    {
        var vinhLong = await site.Factory.UnitIdAsync("Vĩnh Long");
        var caoBang = await site.Factory.UnitIdAsync("Cao Bằng");
        var codes = await site.Factory.ReadAsync(db => db.AdministrativeUnits.Where(u => u.Id == vinhLong || u.Id == caoBang).ToDictionaryAsync(u => u.Id, u => u.Code));
        var client = site.NewClient(DemoAccounts.NationalViewer);

        var merged = await client.GetJsonAsync($"/api/dashboards/provinces/{vinhLong}");
        var alone = await client.GetJsonAsync($"/api/dashboards/provinces/{caoBang}");
        var national = await client.GetJsonAsync("/api/dashboards/national");

        Assert.Equal((codes[vinhLong], 3), (merged.GetProperty("code").GetString(), merged.GetProperty("mergedProvinces").GetInt32()));
        Assert.Equal((codes[caoBang], 0), (alone.GetProperty("code").GetString(), alone.GetProperty("mergedProvinces").GetInt32()));
        Assert.Equal(JsonValueKind.Null, national.GetProperty("code").ValueKind);
        Assert.Equal(0, national.GetProperty("mergedProvinces").GetInt32());
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
