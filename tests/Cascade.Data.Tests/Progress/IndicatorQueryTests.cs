using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Targets;
using Cascade.Data.Progress;
using Cascade.Testing;

namespace Cascade.Data.Tests.Progress;

/// <summary>A plan's indicators as every page, report and snapshot reads them.</summary>
public sealed class IndicatorQueryTests
{
    private static readonly Guid Reporter = Guid.NewGuid();
    private static readonly DateTimeOffset Entered = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);

    /// <summary>Trà Vinh's three targets: one measured 2024–2026, one not yet, one withdrawn.</summary>
    private static async Task<int> SeedAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var science = new Agency("Sở Khoa học và Công nghệ", AgencyKind.Department, null);
        db.Agencies.Add(science);
        var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2023, 11, 3), "UBND tỉnh Trà Vinh", GovernmentLevel.Province, "Trà Vinh", null, "Kế hoạch");
        var grdp = new Target(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);
        var enterprises = new Target(2045, "Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", 20m, null, "%", 2030);
        var dropped = new Target(2030, "đóng góp 5% vào GRDP", 5m, null, "%", null);
        plan.AddTarget(grdp);
        plan.AddTarget(enterprises);
        plan.AddTarget(dropped);
        grdp.Record(2023, 3m, isBaseline: true, "Niên giám thống kê 2023", new DateOnly(2024, 2, 1), Reporter, Entered);
        grdp.Record(2026, 6m, isBaseline: false, "Ước tính của Sở", new DateOnly(2026, 11, 1), Reporter, Entered.AddMonths(8));
        grdp.Record(2024, 3.5m, isBaseline: false, "Niên giám thống kê 2024", new DateOnly(2025, 2, 1), Reporter, Entered);
        grdp.Record(2025, 4m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 1), Reporter, Entered);
        dropped.Record(2024, 1m, isBaseline: false, "Báo cáo", new DateOnly(2025, 2, 1), Reporter, Entered);
        dropped.Withdraw(Entered);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        grdp.AssignResponsibility(science.Id);
        grdp.Publish(true);
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APlansIndicatorsComeInTheirOrderWithBaselineValuesAndProgress(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var planId = await SeedAsync(database, ct);

        await using var db = database.CreateContext();
        var standings = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.Where(t => t.PlanId == planId), null, ct);

        Assert.Equal(["đóng góp 7% vào tăng trưởng GRDP của tỉnh", "Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030"], standings.Select(s => s.Text));
        var grdp = standings[0];
        Assert.Equal((2030, 7m, "%", IndicatorMeasure.Level), (grdp.Horizon, grdp.Value, grdp.Unit, grdp.Measure));
        Assert.Equal(("Sở Khoa học và Công nghệ", true), (grdp.ResponsibleAgencyName, grdp.IsPublished));
        Assert.Equal((2023, 3m, "Niên giám thống kê 2023"), (grdp.Baseline!.Year, grdp.Baseline.Value, grdp.Baseline.Source));
        Assert.Equal([2024, 2025, 2026], grdp.Values.Select(v => v.Year));
        Assert.Equal(4m, grdp.Values[1].Value);
        Assert.Equal((Reporter, Entered), (grdp.Values[1].EnteredBy, grdp.Values[1].EnteredAt));
        Assert.Equal(IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, new Measurement(2023, 3m), new Measurement(2026, 6m)), grdp.Progress);
        Assert.Equal(IndicatorState.OnTrack, grdp.Progress.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AYearsStateIgnoresTheValuesOfLaterYears(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var planId = await SeedAsync(database, ct);

        await using var db = database.CreateContext();
        var standings = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.Where(t => t.PlanId == planId), 2025, ct);

        var grdp = standings[0];
        Assert.Equal([2024, 2025], grdp.Values.Select(v => v.Year));
        Assert.Equal(new Measurement(2025, 4m), grdp.Progress.Latest);
        Assert.Equal(0.25m, grdp.Progress.Share);
        Assert.Equal(IndicatorState.OffTrack, grdp.Progress.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ATargetWithoutValuesSaysSoAndAWithdrawnOneIsLeftOut(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var planId = await SeedAsync(database, ct);

        await using var db = database.CreateContext();
        var standings = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.Where(t => t.PlanId == planId), null, ct);

        var enterprises = standings[1];
        Assert.Equal(IndicatorMeasure.Growth, enterprises.Measure);
        Assert.Equal(IndicatorState.NoValues, enterprises.Progress.State);
        Assert.Null(enterprises.Baseline);
        Assert.Empty(enterprises.Values);
        Assert.Null(enterprises.ResponsibleAgencyName);
        Assert.DoesNotContain(standings, s => s.Text == "đóng góp 5% vào GRDP");
    }
}
