using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cascade.Testing;

namespace Cascade.Web.Tests;

public sealed partial class LanguageTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task PagesAreInVietnameseByDefault()
    {
        var page = await site.NewClient().GetPageAsync("/Plans");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Danh sách kế hoạch", page.QuerySelector("h1")!.Text());
        Assert.Equal("English", page.QuerySelector("#language-switch")!.Text());
    }

    [Fact]
    public async Task TheEnglishSwitchTranslatesThePageAndTheNextPagesStayInEnglish()
    {
        var client = site.NewClient();
        var vietnamese = await client.GetPageAsync("/Agencies?kind=Press");
        var toEnglish = vietnamese.QuerySelector("#language-switch")!.GetAttribute("href")!;

        var english = await client.GetPageAsync("/Agencies" + toEnglish);

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Agencies", english.QuerySelector("h1")!.Text());
        Assert.All(english.Rows("agencies"), r => Assert.Equal("Press", r.QuerySelector(".agency-kind")!.Text()));
        Assert.Equal("Type of agency", english.QuerySelector("label[for=kind]")!.Text());

        var next = await client.GetPageAsync("/Cascade");
        Assert.Equal("Document cascade", next.QuerySelector("h1")!.Text());
        Assert.Contains("(referenced document, not yet in the system)", next.QuerySelector("#cascade .referenced")!.Text());

        var back = await client.GetPageAsync("/Cascade" + next.QuerySelector("#language-switch")!.GetAttribute("href"));
        Assert.Equal("Hệ thống văn bản", back.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task ThePlanRegisterReadsInEnglish()
    {
        var client = site.NewClient();
        var url = await client.PlanUrlAsync("105/KH-UBND");

        var page = await client.GetPageAsync(url + "?culture=en-US&ui-culture=en-US");

        Assert.Equal("Plan No. 105/KH-UBND", page.QuerySelector("h1")!.Text());
        Assert.Equal(["No.", "Task", "Lead agency", "Coordinating agencies", "Timeframe", "Output"],
            page.QuerySelectorAll("table#tasks th").Select(th => th.Text()));
        Assert.All(page.Rows("tasks"), r => Assert.StartsWith("Annual", r.QuerySelector(".badge-kind")!.Text(), StringComparison.Ordinal));
        Assert.Equal("03/11/2023", page.QuerySelector("#plan-header")!.QuerySelectorAll("dd")[1].Text());
    }

    [Fact]
    public async Task TheNotFoundPageIsInEnglishForAnEnglishReader()
    {
        var page = await site.NewClient().GetPageAsync("/Agencies/99999?culture=en-US&ui-culture=en-US", System.Net.HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    /// <summary>Every text a page or label asks for has its English, and no two keys differ only by case (resx keys ignore case).</summary>
    [Fact]
    public void EveryVietnameseTextOfTheUiHasItsEnglish()
    {
        var web = Path.Combine(RepoPaths.Root, "src", "Cascade.Web");
        var used = Directory.GetFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => PageKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(LabelKey().Matches(File.ReadAllText(Path.Combine(web, "Infrastructure", "Labels.cs"))).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.OrdinalIgnoreCase);

        Assert.True(used.Count > 100, "The scan found the pages' texts.");
        Assert.Empty(used.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal));
        Assert.Empty(used.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)));
        Assert.All(english.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    [GeneratedRegex(@"L\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex PageKey();

    [GeneratedRegex(@"=> ""([^""]+)""")]
    private static partial Regex LabelKey();
}
