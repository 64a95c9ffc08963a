using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>The coordinator opens, reopens and extends reporting periods of their province's plans.</summary>
public sealed class PeriodPageTests
{
    private static async Task<AngleSharp.Dom.IDocument> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync("/Periods", fields, handler);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ACoordinatorOpensADecreeQuarterAndAPeriodTwiceIsRefused()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var page = await coordinator.GetPageAsync("/Periods");
        var plan = page.QuerySelector("section[data-plan='105/KH-UBND'] input[name=planId]")!.GetAttribute("value")!;

        var opened = await PostAsync(coordinator, "Open", new() { ["planId"] = plan, ["year"] = "2027", ["scheme"] = "quarterly", ["number"] = "2" });
        var twice = await PostAsync(coordinator, "Open", new() { ["planId"] = plan, ["year"] = "2026", ["scheme"] = "plan", ["number"] = "1" });

        Assert.Equal("Đã mở kỳ báo cáo.", opened.QuerySelector("#done")!.Text());
        Assert.Contains("15/03/2027", opened.QuerySelector("section[data-plan='105/KH-UBND'] tbody")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Kỳ báo cáo này đã được mở.", twice.QuerySelector("#period-error")!.Text());
        Assert.Single(page.QuerySelectorAll("section"));
    }

    [Fact]
    public async Task AReopenedPeriodTakesReportsAgainAndAWrongDateIsRefused()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 1, 2, 0, 0, TimeSpan.Zero));
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var page = await coordinator.GetPageAsync("/Periods");
        var row = page.QuerySelectorAll("section[data-plan='105/KH-UBND'] tr[data-period]").First(r => r.Text().Contains("Năm 2026", StringComparison.Ordinal));
        var period = row.GetAttribute("data-period")!;
        Assert.Equal("Đã khóa", row.QuerySelector(".phase")!.Text());

        var wrong = await PostAsync(coordinator, "Reopen", new() { ["periodId"] = period, ["until"] = "2027-02-15" });
        var reopened = await PostAsync(coordinator, "Reopen", new() { ["periodId"] = period, ["until"] = "15/02/2027" });

        Assert.Equal("Ngày không đúng dạng ngày/tháng/năm (dd/MM/yyyy).", wrong.QuerySelector("#period-error")!.Text());
        Assert.Equal("Quá hạn, còn nhận", reopened.QuerySelector($"tr[data-period='{period}'] .phase")!.Text());
    }

    [Fact]
    public async Task ACoordinatorCannotTouchAnotherProvincesPeriods()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var haiPhong = await factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong).GetPageAsync("/Periods");
        var foreign = haiPhong.QuerySelector("tr[data-period]")!.GetAttribute("data-period")!;

        var refused = await PostAsync(factory.SignedInClient(DemoAccounts.CoordinatorTraVinh), "Reopen", new() { ["periodId"] = foreign, ["until"] = "31/12/2026" });

        Assert.Equal("Không tìm thấy kỳ báo cáo trong phạm vi của bạn.", refused.QuerySelector("#period-error")!.Text());
    }

    [Fact]
    public async Task APlanReportingOnRequestGetsAPeriodDueOnTheDayAsked()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);
        var page = await coordinator.GetPageAsync("/Periods");
        var plan = page.QuerySelector("section[data-plan='255/KH-UBND'] input[name=planId]")!.GetAttribute("value")!;

        var missing = await PostAsync(coordinator, "Open", new() { ["planId"] = plan, ["year"] = "2026", ["scheme"] = "request", ["number"] = "1", ["dueOn"] = "" });
        var opened = await PostAsync(coordinator, "Open", new() { ["planId"] = plan, ["year"] = "2026", ["scheme"] = "request", ["number"] = "1", ["dueOn"] = "20/12/2026" });

        Assert.Equal("Báo cáo theo yêu cầu cần hạn nộp (dd/MM/yyyy).", missing.QuerySelector("#period-error")!.Text());
        Assert.Contains("Theo yêu cầu (1) 2026", opened.QuerySelector("section[data-plan='255/KH-UBND'] tbody")!.Text(), StringComparison.Ordinal);
    }
}
