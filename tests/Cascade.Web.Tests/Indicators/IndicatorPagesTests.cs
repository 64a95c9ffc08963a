using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Core.Targets;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests.Indicators;

/// <summary>
/// Trà Vinh's indicators through the real pages: the coordinator and the responsible agency's reporter
/// enter figures; everybody else reads them, or does not even find them.
/// </summary>
public sealed class IndicatorPagesTests
{
    private const string Grdp = "đóng góp 7% vào tăng trưởng GRDP của tỉnh";

    /// <summary>The indicators page of Trà Vinh's plan and the page of its GRDP indicator (the demo makes Sở KH&CN responsible for it).</summary>
    private static async Task<(string List, string Grdp)> TraVinhAsync(HttpClient client)
    {
        var plan = await client.PlanUrlAsync("105/KH-UBND");
        var list = await client.GetPageAsync(plan + "/Indicators");
        var row = list.Rows("indicators").Single(r => r.QuerySelector(".text")!.TextContent.Trim().StartsWith(Grdp, StringComparison.Ordinal));
        return (plan + "/Indicators", $"/Indicators/{row.GetAttribute("data-target-id")}");
    }

    private static Dictionary<string, string> Value(string year, string value, string source = "Niên giám thống kê tỉnh Trà Vinh 2026", string date = "10/11/2026", bool baseline = false) => new()
    {
        ["Form.IsBaseline"] = baseline ? "true" : "false",
        ["Form.Year"] = year,
        ["Form.Value"] = value,
        ["Form.Source"] = source,
        ["Form.MeasuredOn"] = date,
    };

    private static async Task<IDocument> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(url, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static IElement? ValueRow(IDocument page, int year) => page.Rows("values").FirstOrDefault(r => r.GetAttribute("data-year") == year.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.GetAttribute("data-baseline") == "false");

    [Fact]
    public async Task TheCoordinatorEntersAYearsValueWithADecimalComma()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var (list, grdp) = await TraVinhAsync(coordinator);

        var saved = await PostAsync(coordinator, grdp, "Record", Value("2026", "3,45"));

        Assert.Equal("Đã lưu số liệu.", saved.QuerySelector("#message")!.Text());
        var row = ValueRow(saved, 2026)!;
        Assert.Equal("3,45", row.QuerySelector(".value")!.Text());
        Assert.Equal(DemoAccounts.CoordinatorTraVinh.DisplayName, row.QuerySelector(".entered-by")!.Text());
        Assert.Equal("", saved.QuerySelector("input[name='Form.Value']")!.GetAttribute("value") ?? "");

        var after = await coordinator.GetPageAsync(list);
        var listed = after.Rows("indicators").Single(r => grdp.EndsWith("/" + r.GetAttribute("data-target-id"), StringComparison.Ordinal));
        Assert.Equal("3,45 (2026)", listed.QuerySelector(".latest")!.Text());
    }

    [Fact]
    public async Task TheResponsibleAgencysReporterEntersAValueAndAnotherAgencysReporterOnlyReads()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var (list, grdp) = await TraVinhAsync(coordinator);

        var page = await reporter.GetPageAsync(grdp);
        Assert.NotNull(page.QuerySelector("#entry-form"));
        Assert.Null(page.QuerySelector("#settings-form"));
        var saved = await PostAsync(reporter, grdp, "Record", Value("2026", "3.5", source: "Báo cáo của Sở Khoa học và Công nghệ"));
        Assert.Equal("3,5", ValueRow(saved, 2026)!.QuerySelector(".value")!.Text());
        Assert.Equal(DemoAccounts.ReporterScienceTraVinh.DisplayName, ValueRow(saved, 2026)!.QuerySelector(".entered-by")!.Text());

        // The coordinator hands the indicator to Sở Y tế: the Sở KH&CN reporter still reads it but may no longer enter.
        var settings = await coordinator.GetPageAsync(grdp);
        var health = settings.QuerySelectorAll("#ResponsibleAgencyId option").Single(o => o.Text() == "Sở Y tế").GetAttribute("value")!;
        var handed = await PostAsync(coordinator, grdp, "Settings", new() { ["ResponsibleAgencyId"] = health, ["Publish"] = "false" });
        Assert.Equal("Sở Y tế", handed.QuerySelector("#responsible")!.Text());
        Assert.Equal("Không", handed.QuerySelector("#published")!.Text());

        var readOnly = await reporter.GetPageAsync(grdp);
        Assert.Null(readOnly.QuerySelector("#entry-form"));
        Assert.NotNull(readOnly.QuerySelector("#values"));
        using var refused = await reporter.PostFormAsync(grdp, Value("2026", "9"), "Record");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var unchanged = await coordinator.GetPageAsync(grdp);
        Assert.Equal("3,5", ValueRow(unchanged, 2026)!.QuerySelector(".value")!.Text());
        var links = (await reporter.GetPageAsync(list)).Rows("indicators").ToDictionary(r => $"/Indicators/{r.GetAttribute("data-target-id")}", r => r.QuerySelector("a")!.Text());
        Assert.Equal("Xem chi tiết", links[grdp]);
        Assert.All(links.Where(l => l.Key != grdp), l => Assert.Equal("Nhập số liệu", l.Value));
    }

    [Fact]
    public async Task NobodyOutsideThePlansScopeFindsItsIndicators()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var (list, grdp) = await TraVinhAsync(factory.SignedInClient(DemoAccounts.CoordinatorTraVinh));
        var token = await factory.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetPageAsync(grdp);

        foreach (var account in new[] { DemoAccounts.CoordinatorHaiPhong, DemoAccounts.ReporterHealthHaiPhong })
        {
            var outsider = factory.SignedInClient(account);
            await outsider.GetPageAsync(list, HttpStatusCode.NotFound);
            await outsider.GetPageAsync(grdp, HttpStatusCode.NotFound);
            using var post = await outsider.PostFormAsync(grdp, Value("2026", "9"), "Record");
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        // A leader of the province reads without a form.
        var leader = await factory.SignedInClient(DemoAccounts.LeaderTraVinh).GetPageAsync(grdp);
        Assert.Null(leader.QuerySelector("#entry-form"));
        Assert.NotNull(token.QuerySelector("#entry-form"));
    }

    public static TheoryData<string, string, string, string, string, string> FieldErrors => new()
    {
        // field, year, value, source, date, the error shown under the field
        { "Value", "2026", "7,5,1", "Niên giám", "10/11/2026", "Giá trị phải là một số, ví dụ 7,5 hoặc 1.250." },
        { "Value", "2026", "", "Niên giám", "10/11/2026", "Hãy nhập giá trị." },
        { "Year", "1985", "7,5", "Niên giám", "10/11/2026", "Năm phải từ 1990 đến 2100." },
        { "Year", "hai nghìn", "7,5", "Niên giám", "10/11/2026", "Năm phải từ 1990 đến 2100." },
        { "MeasuredOn", "2026", "7,5", "Niên giám", "26/11/2026", "Ngày công bố không được sau ngày hôm nay (25/11/2026)." },
        { "MeasuredOn", "2026", "7,5", "Niên giám", "2026-11-10", "Ngày công bố không đúng dạng ngày/tháng/năm (dd/MM/yyyy)." },
        { "Source", "2026", "7,5", "", "10/11/2026", "Hãy ghi nguồn số liệu (ví dụ: Niên giám thống kê tỉnh năm 2025)." },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task EachBadFieldIsNamedAndWhatWasTypedStays(string field, string year, string value, string source, string date, string error)
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var (_, grdp) = await TraVinhAsync(coordinator);

        var refused = await PostAsync(coordinator, grdp, "Record", Value(year, value, source, date));

        Assert.Equal("Số liệu chưa được lưu: hãy sửa các ô được đánh dấu.", refused.QuerySelector("#error")!.Text());
        Assert.Equal(error, refused.QuerySelector($"#error-{field}")!.Text());
        Assert.Contains("is-invalid", refused.QuerySelector($"input[name='Form.{field}']")!.ClassList);
        Assert.Single(refused.QuerySelectorAll(".invalid-feedback"));
        Assert.Equal(year, refused.QuerySelector("input[name='Form.Year']")!.GetAttribute("value"));
        Assert.Equal(value, refused.QuerySelector("input[name='Form.Value']")!.GetAttribute("value") ?? "");
        Assert.Equal(source, refused.QuerySelector("input[name='Form.Source']")!.GetAttribute("value") ?? "");
        Assert.Equal(date, refused.QuerySelector("input[name='Form.MeasuredOn']")!.GetAttribute("value"));
        Assert.Null(ValueRow(refused, 2026));
    }

    [Fact]
    public async Task ABaselineOfAGrowthAgainstTwentyThirtyMustBeOfTwentyThirty()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var (list, _) = await TraVinhAsync(coordinator);
        var enterprises = (await coordinator.GetPageAsync(list)).Rows("indicators").Single(r => r.QuerySelector(".text")!.Text().StartsWith("Tăng ít nhất 20%", StringComparison.Ordinal));
        var url = $"/Indicators/{enterprises.GetAttribute("data-target-id")}";
        Assert.Equal("2030", (await coordinator.GetPageAsync(url)).QuerySelector("input[name='Form.Year']")!.GetAttribute("value"));

        var refused = await PostAsync(coordinator, url, "Record", Value("2025", "21", baseline: true));

        Assert.Equal("Chỉ tiêu này tính so với năm 2030: giá trị cơ sở phải là số liệu của năm 2030.", refused.QuerySelector("#error-Year")!.Text());
        Assert.NotNull(refused.QuerySelector("#kind-baseline[checked]"));
    }

    [Fact]
    public async Task ReplacingAYearsValueShowsTheFigureItReplacesFirst()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var reporter = factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh);
        var (_, grdp) = await TraVinhAsync(coordinator);

        // Both open the page; the reporter saves 2026 first, then the coordinator, who had not seen it.
        await reporter.GetPageAsync(grdp);
        await PostAsync(reporter, grdp, "Record", Value("2026", "3,2", source: "Ước tính của Sở Khoa học và Công nghệ"));
        var asked = await PostAsync(coordinator, grdp, "Record", Value("2026", "3,6"));

        Assert.Equal("Năm 2026 đã có giá trị 3,2 (nguồn: Ước tính của Sở Khoa học và Công nghệ). Kiểm tra rồi bấm “Thay thế” nếu giá trị bạn nhập là số liệu đúng.", asked.QuerySelector("#error")!.Text());
        Assert.Contains(DemoAccounts.ReporterScienceTraVinh.DisplayName, asked.QuerySelector("#confirm")!.Text(), StringComparison.Ordinal);
        Assert.Equal("3,6", asked.QuerySelector("input[name='Form.Value']")!.GetAttribute("value"));
        Assert.Equal("3,2", ValueRow(asked, 2026)!.QuerySelector(".value")!.Text());

        var fields = Value("2026", "3,6");
        fields["Form.Replaces"] = asked.QuerySelector("input[name='Form.Replaces']")!.GetAttribute("value")!;
        var replaced = await PostAsync(coordinator, grdp, "Record", fields);

        Assert.Equal("Đã lưu số liệu.", replaced.QuerySelector("#message")!.Text());
        Assert.Equal("3,6", ValueRow(replaced, 2026)!.QuerySelector(".value")!.Text());
        var history = replaced.QuerySelectorAll("#history tr.replaced").Select(r => r.Text()).ToList();
        Assert.Contains(history, h => h.Contains("3,2", StringComparison.Ordinal) && h.Contains("Ước tính của Sở Khoa học và Công nghệ", StringComparison.Ordinal));

        // The same confirmation, once the figure it was given for has been replaced again, asks anew.
        var stale = await PostAsync(reporter, grdp, "Record", fields);
        Assert.NotNull(stale.QuerySelector("#confirm"));
        Assert.Equal("3,6", stale.QuerySelector("#confirm .current-value")!.Text());
    }

    [Fact]
    public async Task TheStateShownIsTheCoresReadingOfTheValues()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient(DemoAccounts.NationalViewer);
        var ct = TestContext.Current.CancellationToken;
        var words = new Dictionary<IndicatorState, string>
        {
            [IndicatorState.OnTrack] = "Đúng lộ trình",
            [IndicatorState.OffTrack] = "Chậm so với lộ trình",
            [IndicatorState.Achieved] = "Đã đạt",
            [IndicatorState.NoValues] = "Chưa có số liệu",
            [IndicatorState.NoBaseline] = "Chưa có giá trị cơ sở",
        };

        List<Target> targets;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
            targets = await db.Targets.AsNoTracking().Include(t => t.Values).Where(t => t.WithdrawnAt == null).ToListAsync(ct);
        }

        var shown = new List<IndicatorState>();
        foreach (var planId in targets.Select(t => t.PlanId).Distinct())
        {
            var page = await client.GetPageAsync($"/Plans/{planId}/Indicators");
            foreach (var row in page.Rows("indicators"))
            {
                var target = targets.Single(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == row.GetAttribute("data-target-id"));
                var baseline = target.Values.Where(v => v.IsBaseline).Select(v => (Measurement?)new Measurement(v.Year, v.Value)).SingleOrDefault();
                var latest = target.Values.Where(v => !v.IsBaseline).OrderBy(v => v.Year).Select(v => (Measurement?)new Measurement(v.Year, v.Value)).LastOrDefault();
                var expected = IndicatorProgress.Of(target, baseline, latest);

                var state = row.QuerySelector(".state")!;
                Assert.Equal(expected.State.ToString(), state.GetAttribute("data-state"));
                Assert.Equal(words[expected.State], state.Text());
                Assert.Equal(expected.Share is { } s ? $"{Math.Round(s * 100):0}%" : null, row.QuerySelector(".share")?.Text());
                shown.Add(expected.State);
            }
        }

        Assert.Equal(targets.Count, shown.Count);
        Assert.Contains(IndicatorState.OnTrack, shown);
        Assert.Contains(IndicatorState.OffTrack, shown);
        Assert.Contains(IndicatorState.NoBaseline, shown);
    }

    [Fact]
    public async Task ThePlanPageShowsEachTargetsStateAndLeavesOutWithdrawnTargets()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var plan = await client.PlanUrlAsync("105/KH-UBND");
        var ct = TestContext.Current.CancellationToken;

        var before = await client.GetPageAsync(plan);
        var grdp = before.QuerySelectorAll("li[data-target-id]").Single(li => li.Text().Contains(Grdp, StringComparison.Ordinal));
        Assert.Equal("Chậm so với lộ trình", grdp.QuerySelector(".target-state")!.Text());
        Assert.Equal("Năm 2025: 3", grdp.QuerySelector(".target-latest")!.Text());
        Assert.Equal(plan + "/Indicators", before.QuerySelector("#indicators-link")!.GetAttribute("href"));
        Assert.Equal(3, before.QuerySelectorAll("li[data-target-id]").Length);

        var withdrawnId = int.Parse(before.QuerySelectorAll("li[data-target-id]")[2].GetAttribute("data-target-id")!, System.Globalization.CultureInfo.InvariantCulture);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
            (await db.Targets.SingleAsync(t => t.Id == withdrawnId, ct)).Withdraw(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(ct);
        }

        var after = await client.GetPageAsync(plan);
        Assert.Equal(2, after.QuerySelectorAll("li[data-target-id]").Length);
        Assert.Equal(2, (await client.GetPageAsync(plan + "/Indicators")).Rows("indicators").Count);
        await client.GetPageAsync($"/Indicators/{withdrawnId}", HttpStatusCode.NotFound);
    }
}
