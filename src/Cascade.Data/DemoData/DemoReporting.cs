using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Agencies;
using Cascade.Data.Reporting;
using Cascade.Data.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.DemoData;

/// <summary>
/// Reporting history for the demo plans, so that inboxes, reviews and counts have something to show:
/// yearly periods 2024–2026 (the plan's own due day where it sets one, else the Decree 09 year), most
/// reports of 2024 and 2025 accepted, some late, some missing, and the current year under way.
/// The mix is fixed by the task's id, so every demo database is the same. Each report is filed by the
/// agency that held the task on the period's due day.
/// </summary>
internal static class DemoReporting
{
    private static readonly Guid System = Guid.Empty;

    public static async Task SeedAsync(CascadeDbContext db, CancellationToken cancellationToken)
    {
        var plans = await new ReportingQueries(db).AnnualDueDaysAsync(db.Plans.AsNoTracking(), cancellationToken);
        var periods = new List<PlanPeriod>();
        foreach (var (planId, dueDay) in plans)
        {
            for (var year = 2024; year <= 2026; year++)
            {
                periods.Add(dueDay is { } due
                    ? new PlanPeriod(planId, ReportingPeriods.PlanYear(year, due), usesDecree09: false)
                    : new PlanPeriod(planId, ReportingPeriods.Decree09(PeriodKind.Annual, year), usesDecree09: true));
            }
        }

        db.Periods.AddRange(periods);
        await db.SaveChangesAsync(cancellationToken);

        var expected = await new ReportingQueries(db).ExpectedAsync(periods, cancellationToken);
        var links = await new AssignmentRouting(db).LinksAsync(cancellationToken);
        foreach (var period in periods.OrderBy(p => p.Year))
        {
            foreach (var task in expected[period.Id])
            {
                // The agency that held the task on the due day files the report: a 2024 report of Trà Vinh
                // is by Trà Vinh's department, a 2025 one by Vĩnh Long's.
                var agency = AgencyHolder.HolderOn(task.NamedLeadAgencyId, period.DueOn, links);
                var roll = (task.TaskId * 37 + period.Year * 11) % 10;
                var report = period.Year < 2026 ? Past(period, task.TaskId, agency, roll) : Current(period, task.TaskId, agency, roll);
                if (report is not null)
                {
                    db.Reports.Add(report);
                }
            }

            // Reports of a year must be stored before the next year's expectations are read.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A closed year: seven in ten accepted on time, one late, two missing.</summary>
    private static Report? Past(PlanPeriod period, int taskId, int agencyId, int roll)
    {
        if (roll >= 8)
        {
            return null;
        }

        var late = roll == 7;
        var state = roll % 3 == 0 ? ReportedState.Done : ReportedState.InProgress;
        var report = new Report(taskId, agencyId, period.Id);
        var content = new ReportContent(state, state == ReportedState.Done ? 100 : 40 + roll * 5,
            state == ReportedState.Done ? "Đã hoàn thành nội dung được giao trong năm." : "Đang triển khai theo kế hoạch; đã tổ chức các hoạt động chính.",
            late ? "Chậm do phải chờ hướng dẫn và kinh phí." : null,
            late ? "Đề nghị bố trí kinh phí sớm." : null);
        var submittedOn = late ? period.DueOn.AddDays(6) : period.DueOn.AddDays(-5);
        var at = new DateTimeOffset(submittedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        report.Edit(content, System, at.AddDays(-2));
        report.Submit(System, at, period.DueOn, submittedOn);
        report.Accept(System, at.AddDays(3));
        return report;
    }

    /// <summary>The current year: a few reports submitted, a few drafts, most still to come.</summary>
    private static Report? Current(PlanPeriod period, int taskId, int agencyId, int roll)
    {
        if (roll >= 4)
        {
            return null;
        }

        var report = new Report(taskId, agencyId, period.Id);
        var at = new DateTimeOffset(period.DueOn.AddDays(-20).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        report.Edit(new ReportContent(ReportedState.InProgress, 50 + roll * 10, "Đang triển khai; số liệu đến tháng 10."), System, at);
        if (roll < 2)
        {
            report.Submit(System, at.AddDays(1), period.DueOn, period.DueOn.AddDays(-19));
        }

        return report;
    }
}
