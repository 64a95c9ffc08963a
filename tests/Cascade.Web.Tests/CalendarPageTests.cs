using System.Net;
using AngleSharp.Html.Parser;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

public sealed class CalendarPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheYearListsItsHolidaysAndAnAmendmentJoinsThem()
    {
        await using var site = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = site.SignedInClient();

        var page = await admin.GetPageAsync("/Calendar?year=2026");
        Assert.Contains(page.Rows("days-off"), r => r.Text().StartsWith("02/09/2026 Quốc khánh", StringComparison.Ordinal));

        var added = await admin.PostFormAsync("/Calendar?year=2026", new() { ["Date"] = "02/01/2026", ["Kind"] = "DayOff", ["Reason"] = "Thông báo 6150/TB-BLĐTBXH" }, handler: "Add");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var after = new HtmlParser().ParseDocument(await added.Content.ReadAsStringAsync(Ct));
        Assert.Contains(after.Rows("amendments"), r => r.Text().StartsWith("02/01/2026 Ngày nghỉ Thông báo 6150/TB-BLĐTBXH", StringComparison.Ordinal));
        Assert.Contains(after.Rows("days-off"), r => r.Text().StartsWith("02/01/2026 Thông báo 6150/TB-BLĐTBXH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongDateIsRefusedInVietnameseAndTheEnteredValuesStay()
    {
        await using var site = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = site.SignedInClient();

        var wrong = await admin.PostFormAsync("/Calendar", new() { ["Date"] = "31/02/2026", ["Kind"] = "WorkingDay", ["Reason"] = "Quyết định 1/QĐ-TTg" }, handler: "Add");

        var page = new HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.StartsWith("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm (dd/MM/yyyy)", page.QuerySelector("#amendment-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("31/02/2026", page.QuerySelector("input#Date")!.GetAttribute("value"));
        Assert.Equal("Quyết định 1/QĐ-TTg", page.QuerySelector("input#Reason")!.GetAttribute("value"));
        Assert.Equal("WorkingDay", page.QuerySelector("select#Kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ASecondAmendmentOfTheSameDayIsRefused()
    {
        await using var site = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var admin = site.SignedInClient();
        var fields = new Dictionary<string, string> { ["Date"] = "24/04/2026", ["Kind"] = "DayOff", ["Reason"] = "Nghỉ bắc cầu" };

        await admin.PostFormAsync("/Calendar", fields, handler: "Add");
        var twice = await admin.PostFormAsync("/Calendar", fields, handler: "Add");

        var page = new HtmlParser().ParseDocument(await twice.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("Ngày này đã có điều chỉnh", page.QuerySelector("#amendment-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("24/04/2026", page.QuerySelector("input#Date")!.GetAttribute("value"));
        Assert.Single(page.Rows("amendments"));
    }

    [Fact]
    public async Task OnlyAnAdministratorManagesTheCalendar()
    {
        await using var site = await CascadeWebFactory.CreateAsync(seedDemoData: false);

        var page = await site.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetPageAsync("/Calendar", HttpStatusCode.Forbidden);

        Assert.Null(page.QuerySelector("form#add-amendment"));
    }
}
