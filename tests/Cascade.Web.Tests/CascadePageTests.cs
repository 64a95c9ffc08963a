using AngleSharp.Dom;

namespace Cascade.Web.Tests;

public sealed class CascadePageTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static IElement? ParentNode(IElement node) => node.ParentElement?.Closest("li");

    [Fact]
    public async Task Resolution36IsTheOneRootAndIsOnlyReferenced()
    {
        var page = await site.NewClient().GetPageAsync("/Cascade");

        var root = Assert.Single(page.QuerySelectorAll("ul.tree#cascade > li"));
        Assert.Equal("36-NQ/TW", root.GetAttribute("data-number"));
        Assert.Contains("(văn bản được dẫn chiếu, chưa có trong hệ thống)", root.QuerySelector(".referenced")!.Text());
    }

    [Fact]
    public async Task ThePlanOfTraVinhSitsUnderTheProvincialPartyPlanItImplements()
    {
        var page = await site.NewClient().GetPageAsync("/Cascade");

        var traVinh = page.QuerySelector("li[data-number='105/KH-UBND']")!;
        var parent = ParentNode(traVinh)!;
        Assert.Equal("138-KH/TU", parent.GetAttribute("data-number"));
        Assert.NotNull(parent.QuerySelector(":scope > .referenced"));
        Assert.Equal("36-NQ/TW", ParentNode(parent)!.GetAttribute("data-number"));
        Assert.Contains("16 nhiệm vụ", traVinh.Text());
        Assert.Contains("03/11/2023", traVinh.Text());
    }

    [Fact]
    public async Task EveryLoadedPlanIsANodeLinkingToItsPage()
    {
        var client = site.NewClient();
        var page = await client.GetPageAsync("/Cascade");

        var links = page.QuerySelectorAll("#cascade a[href^='/Plans/']").Select(a => a.GetAttribute("href")).ToList();
        var plans = (await client.GetPageAsync("/Plans")).QuerySelectorAll("table#plans a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(plans.Order(), links.Order());
        Assert.Equal("50-CTr/TU", ParentNode(page.QuerySelector("li[data-number='255/KH-UBND']")!)!.GetAttribute("data-number"));
        Assert.Equal("24-CTr/TU", ParentNode(page.QuerySelector("li[data-number='457/KH-UBND']")!)!.GetAttribute("data-number"));
    }

    [Fact]
    public async Task TheHomePageLinksToTheCascade()
    {
        var page = await site.NewClient().GetPageAsync("/");

        Assert.Equal("/Cascade", page.QuerySelector("a#cascade-link")!.GetAttribute("href"));
        Assert.Equal("/Cascade", page.QuerySelector("nav")!.Link("Hệ thống văn bản"));
    }
}
