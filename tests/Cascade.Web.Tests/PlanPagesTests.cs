using System.Net;

namespace Cascade.Web.Tests;

public sealed class PlanPagesTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task ThePlanListShowsTheFiveSeedPlansWithTheirTaskCounts()
    {
        var page = await site.NewClient().GetPageAsync("/Plans");

        var plans = page.Rows("plans")
            .Select(r => (Number: r.QuerySelector("td")!.Text(), Tasks: int.Parse(r.QuerySelector("td:last-child")!.Text(), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(5, plans.Count);
        Assert.Contains(("457/KH-UBND", 31), plans);
        Assert.Contains(("255/KH-UBND", 19), plans);
        Assert.Contains(("105/KH-UBND", 16), plans);
        Assert.Equal([4, 6], plans.Where(p => p.Number == "(không số)").Select(p => p.Tasks).Order());
    }

    [Fact]
    public async Task SearchingHaiPhongWithoutAccentsFindsTheHaiPhongPlan()
    {
        var page = await site.NewClient().GetPageAsync("/Plans?q=hai+phong");

        var row = Assert.Single(page.Rows("plans"));
        Assert.Equal("255/KH-UBND", row.QuerySelector("td")!.Text());
        Assert.Contains("Hải Phòng", row.Text());
    }

    [Fact]
    public async Task TheHaiPhongPlanShowsNineteenTasksOfWhichSoYTeLeadsTwo()
    {
        var client = site.NewClient();
        var page = await client.GetPageAsync(await client.PlanUrlAsync("255/KH-UBND"));

        Assert.Equal(19, page.Rows("tasks").Count);
        var ledBySoYTe = page.Rows("tasks").Where(r => r.QuerySelectorAll("td.lead-agencies a").Any(a => a.Text() == "Sở Y tế")).ToList();
        Assert.Equal(["III.4", "III.5"], ledBySoYTe.Select(r => r.GetAttribute("data-task-ref")));
    }

    [Fact]
    public async Task FilteringThePlanBySoYTeLeavesItsTwoTasks()
    {
        var client = site.NewClient();
        var url = await client.PlanUrlAsync("255/KH-UBND");
        var page = await client.GetPageAsync(url);
        var soYTe = page.QuerySelectorAll("td.lead-agencies a").First(a => a.Text() == "Sở Y tế").GetAttribute("href")!["/Agencies/".Length..];

        var filtered = await client.GetPageAsync($"{url}?agency={soYTe}");

        Assert.Equal(["III.4", "III.5"], filtered.Rows("tasks").Select(r => r.GetAttribute("data-task-ref")));
        Assert.Contains("Đang hiển thị 2/19 nhiệm vụ.", filtered.Body!.Text());
        Assert.Equal(soYTe, filtered.QuerySelector("select#agency option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task FilteringThePlanByTimeframeKindLeavesTheAnnualTasks()
    {
        var client = site.NewClient();
        var url = await client.PlanUrlAsync("255/KH-UBND");

        var filtered = await client.GetPageAsync($"{url}?timeframe=Annual");

        var rows = filtered.Rows("tasks");
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("Hằng năm", r.QuerySelector(".badge-kind")!.Text(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysSoAndOffersToClearIt()
    {
        var client = site.NewClient();
        var url = await client.PlanUrlAsync("255/KH-UBND");

        var filtered = await client.GetPageAsync($"{url}?timeframe=Conditional");

        Assert.Empty(filtered.Rows("tasks"));
        Assert.Contains("Không có nhiệm vụ nào khớp với điều kiện lọc.", filtered.QuerySelector(".empty-state")!.Text());
    }

    [Fact]
    public async Task ThePlanPageShowsTargetsByHorizonAndReportingDuties()
    {
        var client = site.NewClient();

        var traVinh = await client.GetPageAsync(await client.PlanUrlAsync("105/KH-UBND"));
        var headings = traVinh.QuerySelectorAll("h3").Select(h => h.Text()).ToList();
        Assert.Contains("Đến năm 2030", headings);
        Assert.Contains("Đến năm 2045", headings);
        var duty = traVinh.Rows("duties")[0].QuerySelectorAll("td").Select(td => td.Text()).ToList();
        Assert.Equal(["Hằng năm", "30/11", "Sở Khoa học và Công nghệ"], duty);
        Assert.Equal("03/11/2023", traVinh.QuerySelector("#plan-header")!.QuerySelectorAll("dd")[1].Text());

        var haiPhong = await client.GetPageAsync(await client.PlanUrlAsync("255/KH-UBND"));
        Assert.Contains("Kế hoạch không nêu mục tiêu định lượng.", haiPhong.Body!.Text());
        Assert.Equal(["Khi có yêu cầu", "—", "Ủy ban nhân dân thành phố"], haiPhong.Rows("duties")[0].QuerySelectorAll("td").Select(td => td.Text()));
    }

    [Fact]
    public async Task AnUnknownPlanIsAVietnameseNotFoundPage()
    {
        var page = await site.NewClient().GetPageAsync("/Plans/99999", HttpStatusCode.NotFound);

        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.Text());
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task APlanAddressThatIsNotANumberIsTheNotFoundPageToo()
    {
        var page = await site.NewClient().GetPageAsync("/Plans/abc", HttpStatusCode.NotFound);

        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("Exception", page.Source.Text, StringComparison.Ordinal);
    }
}
