using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

public sealed class ErrorPageTests
{
    private static readonly string[] Leaks = ["Exception", "   at ", "Stack", "no such table", "PlansGone", "Microsoft.", "Cascade.Web."];

    [Fact]
    public async Task WhenTheDatabaseFailsReadersGetAPlainVietnamesePageAndClientsAProblemWithoutDetails()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient();
        // Signed in and served once, on a page other than the one asked for next: the plans list is
        // kept once built, and must be built after the failure.
        await client.GetPageAsync("/Agencies");
        await using (var db = factory.Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Plans\" RENAME TO \"PlansGone\"", TestContext.Current.CancellationToken);
        }

        var page = await client.GetPageAsync("/Plans", HttpStatusCode.InternalServerError);
        using var api = await client.GetAsync("/api/plans", TestContext.Current.CancellationToken);

        Assert.Equal("Đã có lỗi", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("main code"));
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, page.Body!.TextContent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheErrorPageAskedForDirectlyShowsNoExceptionText()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);

        var page = await factory.CreateClient().GetPageAsync("/Error", HttpStatusCode.InternalServerError);

        Assert.Equal("Đã có lỗi", page.QuerySelector("h1")!.Text());
        Assert.Contains("Hệ thống gặp lỗi khi xử lý yêu cầu.", page.Body!.Text());
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, page.Body!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownApiAddressIsAProblemNotAPage()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);

        using var response = await factory.CreateClient().GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
