using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cascade.Web.Tests;

/// <summary>Reading pages and API answers as a browser or a client would.</summary>
public static class Browse
{
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await client.GetAsync(url, ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}, expected {(int)expected}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(html);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await client.GetAsync(url, ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.Clone();
    }

    /// <summary>The rows of a table body, without the group header rows.</summary>
    public static IReadOnlyList<IElement> Rows(this IDocument page, string tableId) =>
        page.QuerySelectorAll($"table#{tableId} > tbody > tr:not(.group-row)").ToList();

    /// <summary>The text of an element with its whitespace collapsed.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The link of a row whose text is <paramref name="text"/>.</summary>
    public static string Link(this IParentNode node, string text) =>
        node.QuerySelectorAll("a").FirstOrDefault(a => a.Text() == text)?.GetAttribute("href")
            ?? throw new Xunit.Sdk.XunitException($"No link \"{text}\".");

    /// <summary>The plans of the list by number (or "(không số)"), with their links and task counts.</summary>
    public static async Task<string> PlanUrlAsync(this HttpClient client, string number)
    {
        var list = await client.GetPageAsync("/Plans");
        return list.QuerySelector("table#plans")!.Link(number);
    }
}
