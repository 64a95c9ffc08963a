using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data.Progress;
using Cascade.Testing;

namespace Cascade.Data.Tests.Progress;

/// <summary>The statuses every summary reads: a plan due each 30/11, classified for 2025.</summary>
public sealed class TaskProgressQueryTests
{
    private static readonly DateOnly AfterDue = new(2025, 12, 10);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachTaskIsClassifiedFromTheReportsSubmittedByTheDay(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        int planId;
        await using (var db = database.CreateContext())
        {
            var agency = new Agency("Sở Y tế", AgencyKind.Department, null);
            var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2024, 5, 7), "UBND tỉnh", GovernmentLevel.Province, null, null, "Kế hoạch");
            plan.AddReportingDuty(new ReportingDuty(ReportingFrequency.Annual, DueDay.Of(11, 30), "Sở KH&CN"));
            plan.AddTask("1", null, "Báo cáo hằng năm đúng hạn", Timeframe.Annual("Hàng năm"), null).Assign(agency, AssignmentRole.Lead, "Sở Y tế");
            plan.AddTask("2", null, "Hằng năm nhưng nộp muộn", Timeframe.Annual("Hàng năm"), null).Assign(agency, AssignmentRole.Lead, "Sở Y tế");
            plan.AddTask("3", null, "Hạn 2025 chưa xong", Timeframe.Deadline("2025", new DateOnly(2025, 12, 31)), null).Assign(agency, AssignmentRole.Lead, "Sở Y tế");
            plan.AddTask("4", null, "Hằng năm không báo cáo", Timeframe.Annual("Hàng năm"), null).Assign(agency, AssignmentRole.Lead, "Sở Y tế");
            plan.AddTask("5", null, "Thường xuyên", Timeframe.Ongoing("Thường xuyên"), null).Assign(agency, AssignmentRole.Lead, "Sở Y tế");
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
            planId = plan.Id;

            var period = new PlanPeriod(plan.Id, ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30)), usesDecree09: false);
            db.Periods.Add(period);
            await db.SaveChangesAsync(ct);
            var tasks = plan.Tasks.OrderBy(t => t.Order).ToList();
            db.Reports.AddRange(
                Submitted(tasks[0], agency, period, new ReportContent(ReportedState.Done, 100, "Xong"), new DateOnly(2025, 11, 20)),
                Submitted(tasks[1], agency, period, new ReportContent(ReportedState.Done, 100, "Xong", "Chậm", "Gia hạn"), new DateOnly(2025, 12, 5)),
                Submitted(tasks[2], agency, period, new ReportContent(ReportedState.InProgress, 40, "Đang làm"), new DateOnly(2025, 11, 25)),
                Submitted(tasks[4], agency, period, new ReportContent(ReportedState.InProgress, 10, "Tuyên truyền"), new DateOnly(2025, 11, 28)),
                Submitted(tasks[3], agency, period, new ReportContent(ReportedState.Done, 100, "Sau ngày xét"), new DateOnly(2025, 12, 20)));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var progress = await new TaskProgressQuery(db).ForYearAsync(db.Tasks.Where(t => t.PlanId == planId), 2025, AfterDue, ct);

            Assert.Equal(
                [ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, ProgressStatus.InProgress, ProgressStatus.Overdue, ProgressStatus.InProgress],
                progress.Select(p => p.Status));
            Assert.Equal(10, progress[3].DaysOverdue);
            Assert.All(progress, p => Assert.Equal("Sở Y tế", p.LeadName));
            Assert.Equal(40, progress[2].LatestPercent);
            Assert.Equal("Gia hạn", progress[1].LatestProposals);
        }
    }

    private static Report Submitted(PlanTask task, Agency agency, PlanPeriod period, ReportContent content, DateOnly on)
    {
        var report = new Report(task.Id, agency.Id, period.Id);
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        Assert.Null(report.Edit(content, Guid.NewGuid(), at));
        Assert.Null(report.Submit(Guid.NewGuid(), at, period.DueOn, on));
        return report;
    }
}
