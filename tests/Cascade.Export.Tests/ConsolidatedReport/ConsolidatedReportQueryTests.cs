using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Targets;
using Cascade.Data.Progress;
using Cascade.Data.Reporting;
using Cascade.Export.ConsolidatedReport;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>The report's content gathered from the demo database, as of the day the web tests pin (25/11/2026).</summary>
public sealed class ConsolidatedReportQueryTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryTaskOfThePlanIsReportedWithTheStatusTaskProgressQueryGives(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var planId = await db.PlanIdAsync("105/KH-UBND");

        var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, 2025, Today, null, ct))!;
        var progress = await new TaskProgressQuery(db).ForYearAsync(db.Tasks.Where(t => t.PlanId == planId), 2025, Today, ct);

        Assert.Equal("Kết quả thực hiện Kế hoạch số 105/KH-UBND ngày 03/11/2023 của Ủy ban nhân dân tỉnh Trà Vinh",
            "Kết quả thực hiện " + model.Plan.Citation);
        Assert.Equal(new ReportIssuer("UBND tỉnh Trà Vinh", "Sở Khoa học và Công nghệ", "SKHCN", "Trà Vinh", "Ủy ban nhân dân tỉnh", "UBND tỉnh"), model.Issuer);
        var group = Assert.Single(model.Groups);
        Assert.Null(group.Name);
        Assert.Equal(progress.Select(p => (p.Ref, p.Status, p.LeadName)), group.Tasks.Select(t => (t.Ref, t.Status, t.Holder)));
        Assert.Equal(16, group.Tasks.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReportingCompletenessCountsTheYearsExpectedReportsAsOnTimeLateOrMissing(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var planId = await db.PlanIdAsync("105/KH-UBND");
        var period = await db.Periods.SingleAsync(p => p.PlanId == planId && p.Year == 2025, ct);
        var expected = await new ReportingQueries(db).ExpectedAsync(period, ct);
        var arrived = await db.Reports.Where(r => r.PeriodId == period.Id && r.Status != ReportStatus.Draft).Select(r => r.IsLate).ToListAsync(ct);

        var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, 2025, Today, null, ct))!;

        var reporting = model.Reporting;
        Assert.Equal(1, reporting.Periods);
        Assert.Equal(expected.Count, reporting.Expected);
        Assert.Equal(arrived.Count(late => !late), reporting.OnTime);
        Assert.Equal(arrived.Count(late => late), reporting.Late);
        Assert.Equal(expected.Count - arrived.Count, reporting.Missing);
        Assert.False(reporting.NoReports);
        Assert.True(reporting.Missing > 0 && reporting.Late > 0, "The demo year has late and missing reports.");

        // The demo's late reports raise a difficulty and a proposal: gathered by agency, each text once.
        Assert.NotEmpty(model.Remarks);
        Assert.All(model.Remarks, a => Assert.Equal(a.Difficulties.Select(d => d.Text).Distinct(), a.Difficulties.Select(d => d.Text)));
        Assert.Contains(model.Proposals, p => p.Text == "Đề nghị bố trí kinh phí sớm.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheGroupsOfSolutionsAreThePlansOwnInThePlansOrder(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var planId = await db.PlanIdAsync("255/KH-UBND");

        var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, 2025, Today, new DateOnly(2025, 12, 5), ct))!;

        Assert.Equal(
            ["Thông tin, tuyên truyền", "Xây dựng, thực hiện các cơ chế, chính sách ưu tiên", "Phát triển, ứng dụng công nghệ sinh học trong các lĩnh vực",
                "Xây dựng và phát triển tiềm lực công nghệ sinh học", "Hợp tác trong nước và quốc tế về công nghệ sinh học"],
            model.Groups.Select(g => g.Name));
        Assert.Equal(19, model.Tasks.Count());
        Assert.Equal("UBND thành phố Hải Phòng", model.Issuer.ParentBody);
        Assert.Equal("Hải Phòng", model.Issuer.Place);
        Assert.Empty(new Docx(ConsolidatedReportDocument.Write(model)).Errors());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AYearBeforeAnyReportingPeriodIsAValidReportThatSaysNoReportsCameIn(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var planId = await db.PlanIdAsync("105/KH-UBND");

        var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, 2023, Today, null, ct))!;

        Assert.True(model.Reporting.NoReports);
        Assert.Equal(0, model.Reporting.Periods);
        Assert.Empty(model.Remarks);
        using var docx = new Docx(ConsolidatedReportDocument.Write(model));
        Assert.Empty(docx.Errors());
        Assert.Contains("Chưa có báo cáo nào của các cơ quan trong năm 2023.", docx.Lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheReportCoversOnlyTheTasksTheReaderMaySee(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var planId = await db.PlanIdAsync("105/KH-UBND");
        var health = await db.Assignments.Where(a => a.PrintedName == "Sở Y tế" && db.Tasks.Any(t => t.Id == a.TaskId && t.PlanId == planId)).Select(a => a.AgencyId).FirstAsync(ct);
        var visible = db.Tasks.Where(t => t.Assignments.Any(a => a.AgencyId == health));

        var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, visible, 2025, Today, null, ct))!;

        Assert.NotEmpty(model.Tasks);
        Assert.Equal(await visible.CountAsync(t => t.PlanId == planId, ct), model.Tasks.Count());
        Assert.True(model.Reporting.Expected <= model.Tasks.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnIndicatorShowsItsBaselineTheYearsValueAndWhereItStands(string provider)
    {
        await using var database = await DemoDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        int planId;
        await using (var db = database.CreateContext())
        {
            planId = await db.PlanIdAsync("105/KH-UBND");
            var target = await db.Targets.Include(t => t.Values).Where(t => t.PlanId == planId).OrderBy(t => t.Order).FirstAsync(ct);
            target.Record(2023, 2m, isBaseline: true, "Niên giám thống kê 2023", new DateOnly(2024, 6, 1), Guid.Empty, DateTimeOffset.UtcNow);
            target.Record(2025, 4.5m, isBaseline: false, "Cục Thống kê", new DateOnly(2025, 11, 1), Guid.Empty, DateTimeOffset.UtcNow);
            target.Record(2026, 6m, isBaseline: false, "Cục Thống kê", new DateOnly(2026, 11, 1), Guid.Empty, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(ct);

            // The demo gives every indicator figures; the second one is emptied to read as having none.
            var second = await db.Targets.Where(t => t.PlanId == planId).OrderBy(t => t.Order).Skip(1).Select(t => t.Id).FirstAsync(ct);
            await db.IndicatorValues.Where(v => v.TargetId == second).ExecuteDeleteAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, 2025, Today, null, ct))!;

            var grdp = model.Indicators[0];
            Assert.Equal("đóng góp 7% vào tăng trưởng GRDP của tỉnh", grdp.Text);
            Assert.Equal(2m, grdp.Baseline!.Value);
            Assert.Equal(4.5m, grdp.YearValue!.Value);
            Assert.Equal(IndicatorState.OnTrack, grdp.Progress.State);
            Assert.Equal(IndicatorState.NoValues, model.Indicators[1].Progress.State);
        }
    }
}
