using System.IO.Compression;
using System.Net;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Kept;

/// <summary>
/// A dashboard page is kept as it was sent and sent again until a save: to the same reader, in the
/// same language, for the same address, and compressed the way the browser asks.
/// </summary>
public sealed class KeptDashboardPageTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task AReaderAskingAgainGetsTheSamePageAndAnotherReaderGetsTheirOwn()
    {
        var haiPhong = site.NewClient(DemoAccounts.CoordinatorHaiPhong);
        var vinhLong = site.NewClient(DemoAccounts.CoordinatorVinhLong);

        var first = await haiPhong.GetStringAsync("/Dashboards", TestContext.Current.CancellationToken);
        using var sentAgain = await haiPhong.GetAsync("/Dashboards", TestContext.Current.CancellationToken);
        var again = await sentAgain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var other = await vinhLong.GetPageAsync("/Dashboards");

        Assert.Equal(first, again);
        // Kept here, but still a reader's own page: no browser or proxy is to store it.
        Assert.True(sentAgain.Headers.CacheControl is { NoStore: true, NoCache: true }, sentAgain.Headers.CacheControl?.ToString());
        Assert.Equal(DemoAccounts.CoordinatorHaiPhong.DisplayName, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(first).QuerySelector("#signed-in-as")!.Text());
        Assert.Equal(DemoAccounts.CoordinatorVinhLong.DisplayName, other.QuerySelector("#signed-in-as")!.Text());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ThePageGoesCompressedWhenTheBrowserAsksAndReadsTheSameOnceOpened(string encoding)
    {
        var client = site.NewClient(DemoAccounts.NationalViewer);
        var plain = await client.GetByteArrayAsync("/Dashboards", TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboards");
        request.Headers.Add("Accept-Encoding", $"{encoding}, identity;q=0.5");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var sent = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(sent.Length < plain.Length / 5, $"{sent.Length} bytes sent for a page of {plain.Length}.");
        Assert.Equal(plain, Opened(sent, encoding));
    }

    [Fact]
    public async Task TheApisAnswerIsCompressedTheSameWay()
    {
        var client = site.NewClient(DemoAccounts.NationalViewer);
        var plain = await client.GetByteArrayAsync("/api/dashboards/national", TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboards/national");
        request.Headers.Add("Accept-Encoding", "gzip;q=0.8, br");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(plain, Opened(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), "br"));
    }

    [Fact]
    public async Task AKeptPageIsNotSentToAReaderThePageRefuses()
    {
        var reporter = site.NewClient(DemoAccounts.ReporterHealthHaiPhong);
        var viewer = site.NewClient(DemoAccounts.NationalViewer);
        var province = (await viewer.GetPageAsync("/Dashboards")).QuerySelector("a[href^='/Dashboards/Province/']")!.GetAttribute("href")!;

        using var seen = await viewer.GetAsync(province, TestContext.Current.CancellationToken);
        using var refused = await reporter.GetAsync(province, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static byte[] Opened(byte[] sent, string encoding)
    {
        using var input = new MemoryStream(sent);
        using Stream opened = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        opened.CopyTo(output);
        return output.ToArray();
    }
}
