using System.Net;
using System.Text.Json;

namespace Cascade.Web.Tests.Dashboards;

public sealed class DashboardApiTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("/api/dashboards/national")]
    [InlineData("/api/dashboards/provinces/1")]
    [InlineData("/api/dashboards/plans/1")]
    [InlineData("/api/dashboards/agencies/1")]
    public async Task TheApiAnswers401WithoutCredentials(string url)
    {
        using var anonymous = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(url + "?year=2025", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AYearOutOfRangeIsAProblemSaidInVietnamese()
    {
        using var response = await site.NewClient().GetAsync("/api/dashboards/national?year=3000", TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Năm phải là một số từ 2000 đến 2100.", problem.RootElement.GetProperty("errors").GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task AnUnknownSectorIsAProblemThatListsTheSectors()
    {
        using var response = await site.NewClient().GetAsync("/api/dashboards/national?sector=tourism", TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Không có lĩnh vực tourism; các lĩnh vực: General, Agriculture, Health, Industry, Environment, DefenceAndSecurity.",
            problem.RootElement.GetProperty("errors").GetProperty("sector")[0].GetString());
    }

    [Fact]
    public async Task AnUnknownPlanIsNotFound()
    {
        using var response = await site.NewClient().GetAsync("/api/dashboards/plans/99999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheApiGivesEachSectionOfTheDashboard()
    {
        var planId = await site.Factory.PlanIdAsync("105/KH-UBND");

        var dashboard = await site.NewClient().GetJsonAsync($"/api/dashboards/plans/{planId}?year=2025");

        Assert.Equal("plan", dashboard.GetProperty("kind").GetString());
        Assert.Equal(["doneOnTime", "doneLate", "inProgress", "overdue", "notStarted", "awaitingEvent"],
            dashboard.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        var reporting = dashboard.GetProperty("reportingOfYear");
        Assert.Equal(1, reporting.GetProperty("periods").GetInt32());
        Assert.Equal("2025-11-30", reporting.GetProperty("firstDue").GetString());
        Assert.Equal(reporting.GetProperty("expected").GetInt32(),
            reporting.GetProperty("onTime").GetInt32() + reporting.GetProperty("late").GetInt32() + reporting.GetProperty("missing").GetInt32());
        Assert.NotEmpty(dashboard.GetProperty("indicators").EnumerateArray());
        // Each indicator carries one of the core's states, named as the JSON names enums.
        var states = Enum.GetNames<Cascade.Core.Targets.IndicatorState>().Select(JsonNamingPolicy.CamelCase.ConvertName);
        Assert.All(dashboard.GetProperty("indicators").EnumerateArray(), i => Assert.Contains(i.GetProperty("state").GetString(), states));
    }
}
