using Cascade.Testing;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>Every dashboard's queries on each database the app runs on.</summary>
public sealed class DashboardProviderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachDashboardCountsTheSameAsTheTaskProgressQuery(string provider)
    {
        await using var site = await CascadeWebFactory.CreateAsync(provider);
        var client = site.SignedInClient();
        var haiPhong = await site.UnitIdAsync("Hải Phòng");
        var planId = await site.PlanIdAsync("255/KH-UBND");
        var health = await site.AgencyIdAsync("Hải Phòng", "Sở Y tế");
        var all = await site.ProgressAsync(2025);

        var national = await client.GetJsonAsync("/api/dashboards/national?year=2025&group=DevelopmentAndApplication");
        var province = await client.GetJsonAsync($"/api/dashboards/provinces/{haiPhong}?year=2025");
        var plan = await client.GetPageAsync($"/Dashboards/Plan/{planId}?year=2025");
        var agency = await client.GetJsonAsync($"/api/dashboards/agencies/{health}?year=2025");

        Assert.Equal(DemoFigures.Counts(all.Where(t => Core.Tasks.SolutionGroups.Of(t.Group, t.Title) == Core.Tasks.SolutionGroup.DevelopmentAndApplication)), DemoFigures.Counts(national));
        Assert.Equal(DemoFigures.Counts(all.Where(t => t.PlanId == planId)), DemoFigures.Counts(province));
        Assert.Equal(province.GetProperty("taskCount").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), plan.QuerySelector("#task-count")!.Text());
        Assert.Equal(DemoFigures.Counts(all.Where(t => t.LeadAgencyId == health)), DemoFigures.Counts(agency));
        Assert.True(province.GetProperty("reportingOfYear").GetProperty("expected").GetInt32() > 0);
    }
}
