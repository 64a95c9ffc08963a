using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>What a dashboard says when there is nothing to count, and an indicator once it has values.</summary>
public sealed class DashboardEmptyStatesTests
{
    [Fact]
    public async Task APlanWithoutTasksSaysSoInEachSection()
    {
        await using var site = await CascadeWebFactory.CreateAsync();
        var traVinh = await site.UnitIdAsync("Trà Vinh");
        var planId = await site.ReadAsync(async db =>
        {
            var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("12/KH-UBND"), new DateOnly(2026, 3, 2), "Ủy ban nhân dân tỉnh Trà Vinh",
                GovernmentLevel.Province, "Trà Vinh", traVinh, "Kế hoạch chưa nhập nhiệm vụ");
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        var page = await site.SignedInClient().GetPageAsync($"/Dashboards/Plan/{planId}");

        Assert.Equal("Kế hoạch chưa có nhiệm vụ nào.", page.QuerySelector("#no-tasks")!.Text());
        Assert.Equal("Năm 2026 chưa có kỳ báo cáo nào.", page.QuerySelector("#no-periods")!.Text());
        Assert.Equal("Không có chỉ tiêu định lượng nào.", page.QuerySelector("#no-indicators")!.Text());
        Assert.Equal("Không có nhiệm vụ quá hạn.", page.QuerySelector("#no-overdue")!.Text());
        Assert.Null(page.QuerySelector("canvas"));
    }

    [Fact]
    public async Task AYearWithAPeriodButNoReportsCountsEveryReportMissing()
    {
        await using var site = await CascadeWebFactory.CreateAsync();
        var planId = await site.PlanIdAsync("105/KH-UBND");
        await site.ReadAsync(async db =>
        {
            db.Periods.Add(new PlanPeriod(planId, ReportingPeriods.PlanYear(2027, DueDay.Of(11, 30)), usesDecree09: false));
            return await db.SaveChangesAsync();
        });

        var dashboard = await site.SignedInClient().GetJsonAsync($"/api/dashboards/plans/{planId}?year=2027");
        var page = await site.SignedInClient().GetPageAsync($"/Dashboards/Plan/{planId}?year=2027");

        var reporting = dashboard.GetProperty("reportingOfYear");
        var expected = reporting.GetProperty("expected").GetInt32();
        Assert.True(expected > 0);
        Assert.Equal(expected, reporting.GetProperty("missing").GetInt32());
        Assert.Equal("Chưa có báo cáo nào được gửi trong năm 2027.", page.QuerySelector("#no-reports")!.Text());
        Assert.Equal($"Phải nộp {expected}; đúng hạn 0, muộn 0, chưa nộp {expected}.", page.QuerySelector("#reporting-totals")!.Text());
        Assert.Contains("2027", page.QuerySelectorAll("#year option").Select(o => o.Text()));
    }

    [Fact]
    public async Task AnIndicatorWithoutValuesHasNoChartAndOneWithValuesIsDrawnAgainstItsTrajectory()
    {
        await using var site = await CascadeWebFactory.CreateAsync();
        var planId = await site.PlanIdAsync("105/KH-UBND");
        var client = site.SignedInClient();

        // The demo gives its indicators figures: start this plan's from none.
        await site.ReadAsync(db => db.IndicatorValues.Where(v => db.Targets.Any(t => t.Id == v.TargetId && t.PlanId == planId)).ExecuteDeleteAsync());
        var before = await client.GetPageAsync($"/Dashboards/Plan/{planId}?year=2025");
        var targetId = await site.ReadAsync(async db =>
        {
            var target = await db.Targets.Include(t => t.Values).SingleAsync(t => t.PlanId == planId && t.Text.StartsWith("đóng góp 7% vào tăng trưởng GRDP"));
            var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
            target.Record(2023, 3.5m, isBaseline: true, "Niên giám thống kê 2023", new DateOnly(2024, 3, 1), Guid.Empty, at);
            target.Record(2025, 4m, isBaseline: false, "Cục Thống kê tỉnh", new DateOnly(2026, 3, 1), Guid.Empty, at);
            await db.SaveChangesAsync();
            return target.Id;
        });
        var after = await client.GetPageAsync($"/Dashboards/Plan/{planId}?year=2025");

        Assert.Equal("Các chỉ tiêu chưa có số liệu.", before.QuerySelector("#no-indicator-values")!.Text());
        Assert.All(before.Rows("table-indicators"), r => Assert.Equal("Chưa có số liệu", r.Children[^1].Text()));
        Assert.Empty(before.QuerySelectorAll("canvas[id^='chart-indicator-']"));

        Assert.NotNull(after.QuerySelector($"canvas#chart-indicator-{targetId}"));
        Assert.Equal(
            [
                ["Năm", "Thực tế", "Lộ trình", "Mục tiêu"],
                ["2023 (năm gốc)", "3,5", "3,5", "—"],
                ["2024", "—", "4", "—"],
                ["2025", "4", "4,5", "—"],
                ["2026", "—", "5", "—"],
                ["2027", "—", "5,5", "—"],
                ["2028", "—", "6", "—"],
                ["2029", "—", "6,5", "—"],
                ["2030", "—", "7", "7"],
            ],
            after.TableText($"table-indicator-{targetId}"));
        var row = after.Rows("table-indicators").Single(r => r.Children[1].Text().StartsWith("đóng góp 7% vào tăng trưởng GRDP", StringComparison.Ordinal));
        Assert.Equal(["3,5 (2023)", "4 (2025)", "Chậm so với lộ trình"], row.Children.Skip(4).Select(c => c.Text()));
        Assert.Contains($"\"canvas\":\"chart-indicator-{targetId}\"", after.QuerySelector("#dashboard-data")!.TextContent, StringComparison.Ordinal);
    }
}
