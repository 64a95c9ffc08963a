using System.Net;
using AngleSharp.Dom;

namespace Cascade.Web.Tests;

public sealed class AgencyPagesTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static (string Name, string Kind, string Locality, int Leads, int Coordinates) Read(IElement row) =>
        (row.QuerySelector(".agency-name a")!.Text(), row.QuerySelector(".agency-kind")!.Text(), row.QuerySelector(".agency-locality")!.Text(),
            int.Parse(row.QuerySelector(".lead-count")!.Text(), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(row.QuerySelector(".coordinating-count")!.Text(), System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task TheAgenciesPageListsSoYTeOfHaiPhongAsADepartmentLeadingTwoTasks()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies?locality=H%E1%BA%A3i+Ph%C3%B2ng");

        var agencies = page.Rows("agencies").Select(Read).ToList();
        Assert.Contains(("Sở Y tế", "Sở, ban, ngành", "Hải Phòng", 2, 0), agencies);
        Assert.Contains(("Sở Thông tin và Truyền thông", "Sở, ban, ngành", "Hải Phòng", 1, 0), agencies);
        Assert.All(agencies, a => Assert.Equal("Hải Phòng", a.Locality));
    }

    [Fact]
    public async Task TheAgenciesPageShowsFiftyAgenciesAPage()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies");

        Assert.Equal(50, page.Rows("agencies").Count);
        Assert.NotNull(page.QuerySelector("nav .pagination"));
    }

    [Fact]
    public async Task TheSecondPageHoldsTheRestOfTheAgencies()
    {
        var client = site.NewClient();
        var total = int.Parse((await client.GetPageAsync("/Agencies")).QuerySelector("main p.text-muted")!.Text().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        var second = await client.GetPageAsync("/Agencies?p=2");

        Assert.Equal(Math.Min(50, total - 50), second.Rows("agencies").Count);
    }

    [Fact]
    public async Task SearchingWithoutAccentsFindsTheAgency()
    {
        // Today's: the city's Sở Y tế before the 2025 merger has ended (status=Ended finds it).
        var page = await site.NewClient().GetPageAsync("/Agencies?q=so+y+te&locality=H%E1%BA%A3i+Ph%C3%B2ng&status=Current");

        var row = Assert.Single(page.Rows("agencies"));
        Assert.Equal(("Sở Y tế", "Sở, ban, ngành", "Hải Phòng", 2, 0), Read(row));
    }

    [Fact]
    public async Task SearchingIgnoresTheCommasAndDashesOfNames()
    {
        var client = site.NewClient();

        var collective = await client.GetPageAsync("/Agencies?q=cac+so+ban+nganh+tinh&status=Current");
        var labour = await client.GetPageAsync("/Agencies?q=lao+dong+thuong+binh");

        Assert.Equal(["Các sở, ban, ngành tỉnh"], collective.Rows("agencies").Select(r => r.QuerySelector(".agency-name a")!.Text()));
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội"], labour.Rows("agencies").Select(r => r.QuerySelector(".agency-name a")!.Text()));
    }

    [Fact]
    public async Task FilteringByKindKeepsAgenciesOfThatKind()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies?kind=Press");

        var rows = page.Rows("agencies").Select(Read).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("Báo chí", r.Kind));
    }

    [Fact]
    public async Task FilteringByLocalityKeepsAgenciesOfThatLocality()
    {
        var client = site.NewClient();

        var traVinh = (await client.GetPageAsync("/Agencies?locality=Tr%C3%A0+Vinh")).Rows("agencies").Select(Read).ToList();
        var central = (await client.GetPageAsync("/Agencies?locality=Trung+%C6%B0%C6%A1ng")).Rows("agencies").Select(Read).ToList();

        Assert.NotEmpty(traVinh);
        Assert.All(traVinh, r => Assert.Equal("Trà Vinh", r.Locality));
        Assert.NotEmpty(central);
        Assert.All(central, r => Assert.Equal("Trung ương", r.Locality));
    }

    [Fact]
    public async Task ASearchThatFindsNothingSaysSo()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies?q=khong+co+co+quan+nay");

        Assert.Null(page.QuerySelector("table#agencies"));
        Assert.Contains("Không có cơ quan nào khớp với điều kiện lọc.", page.QuerySelector(".empty-state")!.Text());
    }

    [Fact]
    public async Task TheAgencyPageOfSoYTeOfHaiPhongListsTheTwoTasksItLeads()
    {
        // The register links to the Sở Y tế of the city since the 2025 merger, which holds the tasks the plan gave the city's Sở Y tế before it.
        var client = site.NewClient();
        var plan = await client.GetPageAsync(await client.PlanUrlAsync("255/KH-UBND"));
        var url = plan.QuerySelectorAll("td.lead-agencies a").First(a => a.Text() == "Sở Y tế").GetAttribute("href")!;

        var page = await client.GetPageAsync(url);

        Assert.Equal("Sở Y tế", page.QuerySelector("h1")!.Text());
        var header = page.QuerySelector("#agency-header")!.QuerySelectorAll("dd").Select(d => d.Text()).ToList();
        Assert.Equal(["Sở, ban, ngành", "Hải Phòng", "từ 01/07/2025"], header.Take(3));
        Assert.Equal("Sở Y tế · từ 01/07/2025 · Nghị quyết số 202/2025/QH15 của Quốc hội", page.QuerySelector("#predecessors")!.Text());
        var leads = page.Rows("lead-tasks");
        Assert.Equal(["III.4", "III.5"], leads.Select(r => r.GetAttribute("data-task-ref")));
        Assert.All(leads, r => Assert.Equal("255/KH-UBND", r.QuerySelector("td.plan a")!.Text()));
        Assert.All(leads, r => Assert.Contains("Giai đoạn", r.QuerySelector(".badge-kind")!.Text(), StringComparison.Ordinal));
        Assert.Contains("Ứng dụng công nghệ sinh học xét nghiệm phòng chống dịch bệnh", leads[1].Text());
        Assert.Null(page.QuerySelector("table#coordinating-tasks"));
        Assert.Equal("Cơ quan không phối hợp nhiệm vụ nào.", page.QuerySelector("#coordinating-tasks")!.Text());
    }

    [Fact]
    public async Task ATaskShowsTheNameAsThePlanPrintedItWhereItDiffers()
    {
        var client = site.NewClient();
        var list = await client.GetPageAsync("/Agencies?q=nganh+lien+quan&locality=An+Giang&status=Ended");
        var agency = Assert.Single(list.Rows("agencies"));

        var page = await client.GetPageAsync(agency.QuerySelector(".agency-name a")!.GetAttribute("href")!);

        Assert.Equal("Các Sở, ngành liên quan", page.QuerySelector("h1")!.Text());
        var printed = page.QuerySelectorAll(".printed-as").Select(p => p.Text()).Distinct();
        Assert.Equal(["Tên ghi trong kế hoạch: Các sở, ngành liên quan"], printed);
    }

    [Fact]
    public async Task ATaskOfAPlanWithoutANumberLinksToThePlanByItsIssuer()
    {
        var client = site.NewClient();
        var list = await client.GetPageAsync("/Agencies?q=ban+tuyen+giao+huyen+uy");
        var agency = Assert.Single(list.Rows("agencies"));

        var page = await client.GetPageAsync(agency.QuerySelector(".agency-name a")!.GetAttribute("href")!);

        var plans = page.QuerySelectorAll("td.plan a").Select(a => a.Text()).Distinct();
        Assert.Equal(["Ban Thường vụ Huyện ủy"], plans);
        Assert.Equal("Trung ương", page.QuerySelector("#agency-header")!.QuerySelectorAll("dd")[1].Text());
    }

    [Fact]
    public async Task AnUnknownAgencyIsAVietnameseNotFoundPage()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies/99999", HttpStatusCode.NotFound);

        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.Text());
    }
}
