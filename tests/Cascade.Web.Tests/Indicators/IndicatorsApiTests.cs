using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests.Indicators;

/// <summary>The indicators through the API: the same rules and the same Vietnamese errors, as problem+json.</summary>
public sealed class IndicatorsApiTests
{
    private static async Task<HttpClient> ApiClientAsync(CascadeWebFactory factory, DemoAccounts.Account account)
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = DemoAccounts.Password }, TestContext.Current.CancellationToken);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(int Plan, int Grdp)> TraVinhAsync(HttpClient client)
    {
        var plans = await client.GetJsonAsync("/api/plans?q=105");
        var plan = plans.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("number").GetString() == "105/KH-UBND").GetProperty("id").GetInt32();
        var indicators = await client.GetJsonAsync($"/api/plans/{plan}/indicators");
        var grdp = indicators.GetProperty("indicators").EnumerateArray()
            .Select(r => r.GetProperty("indicator"))
            .Single(i => i.GetProperty("text").GetString() == "đóng góp 7% vào tăng trưởng GRDP của tỉnh");
        return (plan, grdp.GetProperty("targetId").GetInt32());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    [Fact]
    public async Task WithoutCredentialsTheApiAnswersUnauthorized()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var (plan, grdp) = await TraVinhAsync(await ApiClientAsync(factory, DemoAccounts.CoordinatorTraVinh));
        var anonymous = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        using var list = await anonymous.GetAsync($"/api/plans/{plan}/indicators", ct);
        using var post = await anonymous.PostAsJsonAsync($"/api/indicators/{grdp}/values", new { isBaseline = false, year = 2026, value = 3.4, source = "x", measuredOn = "10/11/2026" }, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task TheListGivesEachIndicatorsGoalValuesAndState()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = await ApiClientAsync(factory, DemoAccounts.LeaderTraVinh);
        var (plan, _) = await TraVinhAsync(client);

        var list = await client.GetJsonAsync($"/api/plans/{plan}/indicators");

        var rows = list.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.False(r.GetProperty("canEnter").GetBoolean()));
        var grdp = rows[0].GetProperty("indicator");
        Assert.Equal("offTrack", grdp.GetProperty("progress").GetProperty("state").GetString());
        Assert.Equal(2023, grdp.GetProperty("baseline").GetProperty("year").GetInt32());
        Assert.Equal("growth", rows[1].GetProperty("indicator").GetProperty("measure").GetString());
    }

    [Fact]
    public async Task AValueIsRecordedAndAReplacementNeedsTheIdOfTheFigureItReplaces()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = await ApiClientAsync(factory, DemoAccounts.ReporterScienceTraVinh);
        var (_, grdp) = await TraVinhAsync(reporter);
        var ct = TestContext.Current.CancellationToken;
        var url = $"/api/indicators/{grdp}/values";

        using var created = await reporter.PostAsJsonAsync(url, new { isBaseline = false, year = 2026, value = "3,4", source = "Ước tính của Sở", measuredOn = "10/11/2026" }, ct);
        using var unseen = await reporter.PostAsJsonAsync(url, new { isBaseline = false, year = 2026, value = 3.7, source = "Niên giám", measuredOn = "20/11/2026" }, ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unseen.StatusCode);
        var conflict = await ProblemAsync(unseen);
        Assert.StartsWith("Năm 2026 đã có giá trị 3,4", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var current = conflict.GetProperty("current");
        Assert.Equal(3.4m, current.GetProperty("value").GetDecimal());

        using var confirmed = await reporter.PostAsJsonAsync(url, new { isBaseline = false, year = 2026, value = 3.7, source = "Niên giám", measuredOn = "20/11/2026", replaces = current.GetProperty("id").GetInt32() }, ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var indicator = JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(3.7m, indicator.GetProperty("values").EnumerateArray().Last().GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task BadFieldsAreRefusedWithTheirVietnameseErrors()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = await ApiClientAsync(factory, DemoAccounts.CoordinatorTraVinh);
        var (_, grdp) = await TraVinhAsync(coordinator);
        var ct = TestContext.Current.CancellationToken;

        using var refused = await coordinator.PostAsJsonAsync($"/api/indicators/{grdp}/values", new { isBaseline = false, year = 2200, value = "bảy", source = "", measuredOn = "01/12/2026" }, ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await ProblemAsync(refused)).GetProperty("errors");
        Assert.Equal("Năm phải từ 1990 đến 2100.", errors.GetProperty("year")[0].GetString());
        Assert.Equal("Giá trị phải là một số, ví dụ 7,5 hoặc 1.250.", errors.GetProperty("value")[0].GetString());
        Assert.Equal("Hãy ghi nguồn số liệu (ví dụ: Niên giám thống kê tỉnh năm 2025).", errors.GetProperty("source")[0].GetString());
        Assert.Equal("Ngày công bố không được sau ngày hôm nay (25/11/2026).", errors.GetProperty("measuredOn")[0].GetString());
    }

    [Fact]
    public async Task OthersAreRefusedOrDoNotFindTheIndicator()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var (_, grdp) = await TraVinhAsync(await ApiClientAsync(factory, DemoAccounts.CoordinatorTraVinh));
        var ct = TestContext.Current.CancellationToken;
        var body = new { isBaseline = false, year = 2026, value = 3.4, source = "Ước tính", measuredOn = "10/11/2026" };

        using var leader = await (await ApiClientAsync(factory, DemoAccounts.LeaderTraVinh)).PostAsJsonAsync($"/api/indicators/{grdp}/values", body, ct);
        using var otherProvince = await (await ApiClientAsync(factory, DemoAccounts.CoordinatorHaiPhong)).PostAsJsonAsync($"/api/indicators/{grdp}/values", body, ct);
        using var otherReporter = await (await ApiClientAsync(factory, DemoAccounts.ReporterHealthHaiPhong)).GetAsync($"/api/indicators/{grdp}", ct);
        using var settings = await (await ApiClientAsync(factory, DemoAccounts.ReporterScienceTraVinh)).PutAsJsonAsync($"/api/indicators/{grdp}/settings", new { responsibleAgencyId = (int?)null, published = true }, ct);

        Assert.Equal(HttpStatusCode.Forbidden, leader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProvince.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherReporter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
    }
}
