using System.Net;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>Every user reads only within their scope: their province, or the tasks of their agency.</summary>
public sealed class ScopeTests(DemoSite site) : IClassFixture<DemoSite>
{
    private async Task<int> PlanIdAsync(string number)
    {
        var plans = await site.NewClient().GetJsonAsync("/api/plans");
        return plans.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("number").GetString() == number).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task ACoordinatorSeesTheirProvincesPlanAndNotAnothers()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var haiPhong = await PlanIdAsync("255/KH-UBND");

        var list = await client.GetPageAsync("/Plans");
        var api = await client.GetJsonAsync("/api/plans");
        await client.GetPageAsync($"/Plans/{haiPhong}", HttpStatusCode.NotFound);
        using var other = await client.GetAsync($"/api/plans/{haiPhong}", TestContext.Current.CancellationToken);
        using var register = await client.GetAsync($"/api/plans/{haiPhong}/register", TestContext.Current.CancellationToken);

        Assert.Equal("105/KH-UBND", Assert.Single(list.Rows("plans")).QuerySelector("td")!.Text());
        Assert.Equal(1, api.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
    }

    [Fact]
    public async Task AReporterSeesOnlyTheTasksTheirAgencyIsNamedOn()
    {
        var client = site.NewClient(DemoAccounts.ReporterHealthHaiPhong);
        var haiPhong = await PlanIdAsync("255/KH-UBND");

        var list = await client.GetPageAsync("/Plans");
        var plan = await client.GetPageAsync($"/Plans/{haiPhong}");
        await client.GetPageAsync($"/Plans/{await PlanIdAsync("105/KH-UBND")}", HttpStatusCode.NotFound);

        Assert.Single(list.Rows("plans"));
        var rows = plan.Rows("tasks");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Sở Y tế", row.Text(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReporterSeesOnlyTheirOwnAgencyInTheCatalogue()
    {
        var client = site.NewClient(DemoAccounts.ReporterHealthHaiPhong);

        var agencies = await client.GetJsonAsync("/api/agencies");

        Assert.Equal("Sở Y tế", Assert.Single(agencies.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ALeaderReadsTheirProvinceButCannotImport()
    {
        var client = site.NewClient(DemoAccounts.LeaderTraVinh);

        var list = await client.GetPageAsync("/Plans");
        var denied = await client.GetPageAsync("/Import", HttpStatusCode.Forbidden);

        Assert.Single(list.Rows("plans"));
        Assert.Equal("Không có quyền truy cập", denied.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task TheNationalViewerReadsEveryPlanButCannotImport()
    {
        var client = site.NewClient(DemoAccounts.NationalViewer);

        var list = await client.GetPageAsync("/Plans");
        await client.GetPageAsync("/Import", HttpStatusCode.Forbidden);

        Assert.Equal(5, list.Rows("plans").Count);
    }

    [Fact]
    public async Task TheCascadeShowsOnlyTheDocumentsAUserReads()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorHaiPhong);

        var tree = await client.GetJsonAsync("/api/cascade");

        var loaded = new List<string?>();
        void Walk(System.Text.Json.JsonElement node)
        {
            if (node.GetProperty("planId").ValueKind != System.Text.Json.JsonValueKind.Null)
            {
                loaded.Add(node.GetProperty("number").GetString());
            }

            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Walk(child);
            }
        }

        foreach (var root in tree.EnumerateArray())
        {
            Walk(root);
        }

        Assert.Equal(["255/KH-UBND"], loaded);
    }
}
