using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>Accounts: no page or API without signing in; the same accounts for pages (cookie) and API (bearer).</summary>
public sealed class AccountTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task APageAskedForWithoutSigningInLeadsToTheLoginPage()
    {
        var client = site.Factory.CreateClient();

        var page = await client.GetPageAsync("/Plans");

        Assert.Equal("Đăng nhập", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task EveryApiOperationExceptLoginAndThePublicResultsAnswers401WithoutCredentials()
    {
        var client = site.Factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Method: op.Name.ToUpperInvariant(), Path: path.Name,
                IsForm: op.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("multipart/form-data", out _))))
            .ToList();

        Assert.Contains(operations, o => o.Path == "/api/plans");
        Assert.Contains(operations, o => o.Path.StartsWith("/api/public/", StringComparison.Ordinal));
        foreach (var (method, path, isForm) in operations.Where(o => o.Path != "/api/auth/login" && !o.Path.StartsWith("/api/public/", StringComparison.Ordinal)))
        {
            var url = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "1");
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT")
            {
                request.Content = isForm
                    ? new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "document", "plan.txt" } }
                    : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} answered {(int)response.StatusCode} without credentials.");
        }
    }

    [Fact]
    public async Task AnApiClientSignsInWithTheSameAccountAndGetsABearerToken()
    {
        var client = site.Factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.NationalViewer.Email, password = DemoAccounts.Password }, ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var plans = await client.GetJsonAsync("/api/plans");

        Assert.Equal(5, plans.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong()
    {
        var client = site.Factory.CreateClient();

        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = DemoAccounts.LeaderTraVinh.Email, ["Password"] = "not the password" });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Thư điện tử hoặc mật khẩu không đúng.", page.QuerySelector("#login-error")!.Text());
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.CreateClient();
        var account = DemoAccounts.ReporterScienceTraVinh;
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/Account/Login", new() { ["Email"] = account.Email, ["Password"] = "wrong password " + i });
        }

        var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = account.Email, ["Password"] = DemoAccounts.Password });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("tạm khóa", page.QuerySelector("#login-error")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        var client = site.Factory.CreateClient();

        using var response = await client.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = DemoAccounts.Administrator.Email, ["Password"] = DemoAccounts.Password }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheSignedInUserIsNamedAndCanSignOut()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);

        var home = await client.GetPageAsync("/");
        using var signedOut = await client.SendAsync(SignOut(client.BaseAddress!.GetLeftPart(UriPartial.Authority)), TestContext.Current.CancellationToken);
        var after = await client.GetPageAsync("/Plans");

        Assert.Equal(DemoAccounts.CoordinatorTraVinh.DisplayName, home.QuerySelector("#signed-in-as")!.Text());
        Assert.Equal("Đăng nhập", after.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task ASignOutPostedFromAnotherSiteIsRefusedAndTheReaderStaysSignedIn()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);

        using var refused = await client.SendAsync(SignOut("https://elsewhere.example"), TestContext.Current.CancellationToken);
        var after = await client.GetPageAsync("/Plans");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(DemoAccounts.CoordinatorTraVinh.DisplayName, after.QuerySelector("#signed-in-as")!.Text());
    }

    [Fact]
    public async Task EveryPageSaysNotToBeFramedSniffedOrStoredByOthers()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);

        using var page = await client.GetAsync("/Plans", TestContext.Current.CancellationToken);

        Assert.Equal("SAMEORIGIN", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
    }

    /// <summary>The menu's sign-out form as a browser posts it: no fields, the page's origin named.</summary>
    private static HttpRequestMessage SignOut(string origin)
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout") { Content = new FormUrlEncodedContent([]) };
        post.Headers.Add("Origin", origin);
        return post;
    }
}

/// <summary>A changed security stamp (a new password, an account locked) signs the reader out at the next check.</summary>
public sealed class SecurityStampTests
{
    [Fact]
    public async Task AChangedStampSignsTheReaderOutOnceTheCheckIsDueAndNotBefore()
    {
        await using var site = await CascadeWebFactory.CreateAsync();
        var client = site.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Cascade.Data.Identity.CascadeUser>>();
            var user = await users.FindByEmailAsync(DemoAccounts.CoordinatorHaiPhong.Email);
            await users.UpdateSecurityStampAsync(user!);
        }

        var before = await client.GetPageAsync("/Plans");
        site.Clock.Advance(TimeSpan.FromMinutes(31));
        var after = await client.GetPageAsync("/Plans");

        Assert.Equal(DemoAccounts.CoordinatorHaiPhong.DisplayName, before.QuerySelector("#signed-in-as")!.Text());
        Assert.Equal("Đăng nhập", after.QuerySelector("h1")!.Text());
    }
}
