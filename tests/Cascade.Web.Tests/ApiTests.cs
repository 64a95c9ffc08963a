using System.Net;
using System.Text.Json;

namespace Cascade.Web.Tests;

public sealed class ApiTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static IEnumerable<JsonElement> Walk(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Walk(n.GetProperty("children")).Prepend(n));

    [Fact]
    public async Task ThePlansApiListsTheFivePlansWithTheirTaskCounts()
    {
        var plans = await site.NewClient().GetJsonAsync("/api/plans");

        Assert.Equal(5, plans.GetProperty("total").GetInt32());
        var items = plans.GetProperty("items").EnumerateArray().ToList();
        var haiPhong = Assert.Single(items, p => p.GetProperty("number").GetString() == "255/KH-UBND");
        Assert.Equal(19, haiPhong.GetProperty("taskCount").GetInt32());
        Assert.Equal("plan", haiPhong.GetProperty("kind").GetString());
        Assert.Equal("2023-09-27", haiPhong.GetProperty("date").GetString());
        Assert.Equal(76, items.Sum(p => p.GetProperty("taskCount").GetInt32()));
    }

    [Fact]
    public async Task ThePlanApiGivesTheRegisterAndNotFoundForAnUnknownPlan()
    {
        var client = site.NewClient();
        var id = (await client.GetJsonAsync("/api/plans?q=hai+phong")).GetProperty("items")[0].GetProperty("id").GetInt32();

        var plan = await client.GetJsonAsync($"/api/plans/{id}");

        Assert.Equal(19, plan.GetProperty("taskCount").GetInt32());
        Assert.Equal(["36-NQ/TW", "50-CTr/TU"], plan.GetProperty("implements").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        using var missing = await client.GetAsync("/api/plans/99999", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheAgenciesApiFiltersAsThePageDoes()
    {
        var client = site.NewClient();

        var agencies = await client.GetJsonAsync("/api/agencies?q=so+y+te&kind=Department&locality=H%E1%BA%A3i+Ph%C3%B2ng&status=Current");

        var soYTe = Assert.Single(agencies.GetProperty("items").EnumerateArray());
        Assert.Equal("Sở Y tế", soYTe.GetProperty("name").GetString());
        Assert.Equal("department", soYTe.GetProperty("kind").GetString());
        Assert.Equal("Hải Phòng", soYTe.GetProperty("locality").GetString());
        Assert.Equal(2, soYTe.GetProperty("leadCount").GetInt32());
        Assert.Equal(0, soYTe.GetProperty("coordinatingCount").GetInt32());

        var agency = await client.GetJsonAsync($"/api/agencies/{soYTe.GetProperty("id").GetInt32()}");
        Assert.Equal(["III.4", "III.5"], agency.GetProperty("leads").EnumerateArray().Select(t => t.GetProperty("ref").GetString()));
        Assert.All(agency.GetProperty("leads").EnumerateArray(), t => Assert.Equal("255/KH-UBND", t.GetProperty("planNumber").GetString()));
        Assert.Empty(agency.GetProperty("coordinates").EnumerateArray());

        using var missing = await client.GetAsync("/api/agencies/99999", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheCascadeApiGivesTheTreeWithReferencedDocumentsWithoutAPlan()
    {
        var roots = await site.NewClient().GetJsonAsync("/api/cascade");

        var root = Assert.Single(roots.EnumerateArray());
        Assert.Equal("36-NQ/TW", root.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("planId").ValueKind);
        var partyPlan = Assert.Single(root.GetProperty("children").EnumerateArray(), n => n.GetProperty("number").GetString() == "138-KH/TU");
        var traVinh = Assert.Single(partyPlan.GetProperty("children").EnumerateArray());
        Assert.Equal("105/KH-UBND", traVinh.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Number, traVinh.GetProperty("planId").ValueKind);
        Assert.Equal(5, Walk(roots).Count(n => n.GetProperty("planId").ValueKind == JsonValueKind.Number));
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheApi()
    {
        var openApi = await site.NewClient().GetJsonAsync("/openapi/v1.json");

        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/plans", paths);
        Assert.Contains("/api/plans/{id}", paths);
        Assert.Contains("/api/agencies", paths);
        Assert.Contains("/api/agencies/{id}", paths);
        Assert.Contains("/api/cascade", paths);
        var listAgencies = openApi.GetProperty("paths").GetProperty("/api/agencies").GetProperty("get");
        Assert.Equal("ListAgencies", listAgencies.GetProperty("operationId").GetString());
        Assert.Equal("Agencies", listAgencies.GetProperty("tags")[0].GetString());
    }
}
