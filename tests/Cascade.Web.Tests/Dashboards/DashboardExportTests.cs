using System.Net;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>Each table of a dashboard downloads as CSV with the cells the page shows.</summary>
public sealed class DashboardExportTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("status")]
    [InlineData("agencies")]
    [InlineData("reporting")]
    [InlineData("indicators")]
    [InlineData("overdue")]
    public async Task TheCsvHoldsTheTableThePageShows(string table)
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var traVinh = await site.Factory.UnitIdAsync("Trà Vinh");
        var page = await client.GetPageAsync($"/Dashboards/Province/{traVinh}?year=2025");
        var link = page.QuerySelector($"#table-{table}")!.ParentElement!.ParentElement!.QuerySelectorAll("a.csv-link")
            .Single(a => a.GetAttribute("href")!.Contains($"table={table}&", StringComparison.Ordinal)).GetAttribute("href")!;

        using var response = await client.GetAsync($"/Dashboards/Province/{traVinh}{link}", TestContext.Current.CancellationToken);
        var csv = DemoFigures.ParseCsv(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"tong-quan-province-{traVinh}-2025-{table}.csv", response.Content.Headers.ContentDisposition?.FileName);
        var shown = page.TableText($"table-{table}");
        Assert.True(shown.Count > 1, "The table has rows.");
        Assert.Equal(shown, csv);
    }

    [Fact]
    public async Task TheCsvFollowsTheFilters()
    {
        var client = site.NewClient();

        var page = await client.GetPageAsync("/Dashboards?year=2025&group=Awareness");
        var link = page.QuerySelectorAll("a.csv-link").First().GetAttribute("href")!;
        using var response = await client.GetAsync("/Dashboards" + link, TestContext.Current.CancellationToken);

        Assert.Equal("?handler=Csv&table=status&year=2025&group=Awareness", link);
        Assert.Equal(page.TableText("table-status"), DemoFigures.ParseCsv(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AnUnknownTableIsABadRequestSaidInVietnamese()
    {
        using var response = await site.NewClient().GetAsync("/Dashboards?handler=Csv&table=salaries", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Không có bảng số liệu salaries trên trang tổng quan này.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
