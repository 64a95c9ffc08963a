using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>
/// Role × operation: what each demo account may read and write on one Trà Vinh task (led by Sở KH&CN
/// Trà Vinh), through the API with bearer tokens, ids changed by hand included.
/// </summary>
public sealed class AccessMatrixTests
{
    private static async Task<HttpClient> ApiClientAsync(CascadeWebFactory factory, DemoAccounts.Account account)
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = DemoAccounts.Password }, TestContext.Current.CancellationToken);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(int Period, int Task, int Plan)> TraVinhTaskAsync(CascadeWebFactory factory)
    {
        var owner = await ApiClientAsync(factory, DemoAccounts.ReporterScienceTraVinh);
        var inbox = await owner.GetJsonAsync("/api/inbox");
        var item = inbox.GetProperty("items").EnumerateArray().First(i => i.GetProperty("ref").GetString() == "3");
        return (item.GetProperty("periodId").GetInt32(), item.GetProperty("taskId").GetInt32(), item.GetProperty("planId").GetInt32());
    }

    public static TheoryData<string, int, int, int> Expectations => new()
    {
        // account, GET report, PUT draft, GET plan
        { "admin@cascade.local", 200, 403, 200 },
        { "dieuphoi.travinh@cascade.local", 200, 403, 200 },
        { "dieuphoi.haiphong@cascade.local", 404, 404, 404 },
        { "baocao.skhcn.travinh@cascade.local", 200, 204, 200 },
        { "baocao.syt.haiphong@cascade.local", 404, 404, 404 },
        { "baocao.skhcn.haiphong@cascade.local", 404, 404, 404 },
        { "lanhdao.travinh@cascade.local", 200, 403, 200 },
        { "trunguong@cascade.local", 200, 403, 200 },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task EachRoleReadsAndWritesOnlyWithinItsScope(string email, int getReport, int putDraft, int getPlan)
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var (period, task, plan) = await TraVinhTaskAsync(factory);
        var client = await ApiClientAsync(factory, DemoAccounts.All.Single(a => a.Email == email));
        var ct = TestContext.Current.CancellationToken;

        using var read = await client.GetAsync($"/api/reports/{period}/{task}", ct);
        using var write = await client.PutAsJsonAsync($"/api/reports/{period}/{task}", new { state = "InProgress", percentDone = 30, results = "Thử quyền", version = 0 }, ct);
        using var planRead = await client.GetAsync($"/api/plans/{plan}", ct);

        Assert.Equal((HttpStatusCode)getReport, read.StatusCode);
        Assert.Equal((HttpStatusCode)putDraft, write.StatusCode);
        Assert.Equal((HttpStatusCode)getPlan, planRead.StatusCode);
    }

    [Fact]
    public async Task ThroughTheApiAReportIsSubmittedOnceAndAStaleReviewIsAConflict()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var (period, task, _) = await TraVinhTaskAsync(factory);
        var reporter = await ApiClientAsync(factory, DemoAccounts.ReporterScienceTraVinh);
        var coordinator = await ApiClientAsync(factory, DemoAccounts.CoordinatorTraVinh);
        var ct = TestContext.Current.CancellationToken;
        var url = $"/api/reports/{period}/{task}";

        using var submitted = await reporter.PostAsJsonAsync(url + "/submit", new { state = "Done", percentDone = 100, results = "Hoàn thành", version = 0 }, ct);
        using var twice = await reporter.PostAsJsonAsync(url + "/submit", new { state = "Done", percentDone = 100, results = "Hoàn thành", version = 2 }, ct);
        var report = await coordinator.GetJsonAsync(url);
        var version = report.GetProperty("report").GetProperty("version").GetInt32();
        using var stale = await coordinator.PostAsJsonAsync(url + "/accept", new { version = version - 1 }, ct);
        using var accepted = await coordinator.PostAsJsonAsync(url + "/accept", new { version }, ct);
        using var otherProvince = await (await ApiClientAsync(factory, DemoAccounts.CoordinatorHaiPhong)).PostAsJsonAsync(url + "/return", new { version, comment = "x" }, ct);

        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProvince.StatusCode);
    }
}
