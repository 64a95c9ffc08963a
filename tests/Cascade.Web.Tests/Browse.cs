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

    /// <summary>Signs in through the login form, as a person would; the client keeps the cookie.</summary>
    public static async Task SignInAsync(this HttpClient client, Cascade.Web.Infrastructure.Security.DemoAccounts.Account account, string? password = null)
    {
        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = account.Email, ["Password"] = password ?? Cascade.Web.Infrastructure.Security.DemoAccounts.Password });
        Assert.True(response.RequestMessage?.RequestUri?.AbsolutePath != "/Account/Login", $"Signing in as {account.Email} failed.");
    }

    /// <summary>
    /// A page with a form for any reader, signed in or not (the sign-in form): its antiforgery token is
    /// good for the reader's posts anywhere, for a test that posts where the reader is shown no form.
    /// </summary>
    public const string AnyForm = "/Account/Login";

    /// <summary>Posts a form the way the page does: the antiforgery token is taken from the page first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? handler = null, string? tokenFrom = null)
    {
        var ct = TestContext.Current.CancellationToken;
        // A reader shown no form there (one the page refuses) posts with a token from another page.
        var token = await TokenOnAsync(client, tokenFrom ?? url, ct) ?? await TokenOnAsync(client, AnyForm, ct)
            ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {url}.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? url : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(form), ct);
    }

    private static async Task<string?> TokenOnAsync(HttpClient client, string url, CancellationToken ct)
    {
        using var page = await client.GetAsync(url, ct); // a page refused still may carry a form
        return new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(ct))
            .QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
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
