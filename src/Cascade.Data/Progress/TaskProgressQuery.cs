using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Progress;

/// <summary>
/// A task's standing in a reporting year: the status the core engine gives it from its schedule and
/// the reports submitted, with the agency that holds it today and what its latest report says.
/// </summary>
public sealed record TaskProgress(
    int TaskId,
    int PlanId,
    string Ref,
    string? Group,
    string Title,
    Timeframe Timeframe,
    string? Product,
    int? LeadAgencyId,
    string? LeadName,
    string? LeadPrintedName,
    IReadOnlyList<string> Coordinating,
    ProgressStatus Status,
    DateOnly? DueOn,
    int? DaysOverdue,
    ReportedState? LatestState,
    int? LatestPercent,
    string? LatestResults,
    string? LatestDifficulties,
    string? LatestProposals);

/// <summary>
/// Classifies tasks for a year as of a day with <see cref="TaskStatusEngine"/>: the one place the
/// dashboards, the consolidated report, the exports and the review snapshots get statuses from.
/// </summary>
public sealed class TaskProgressQuery(CascadeDbContext db)
{
    /// <param name="tasks">The tasks to classify, already narrowed to what the user may read; withdrawn ones are left out.</param>
    public async Task<IReadOnlyList<TaskProgress>> ForYearAsync(IQueryable<PlanTask> tasks, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await tasks.Where(t => t.WithdrawnAt == null)
            .Select(t => new
            {
                t.Id,
                t.PlanId,
                t.Ref,
                t.Group,
                t.Title,
                t.Timeframe,
                t.Product,
                t.Order,
                Assignments = t.Assignments.OrderBy(a => a.Role).ThenBy(a => a.Order)
                    .Select(a => new { a.Role, a.CurrentAgencyId, CurrentName = a.CurrentAgency!.Name, a.PrintedName })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var plans = db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id));
        var planYears = await plans.ToDictionaryAsync(p => p.Id, p => p.Date != null ? p.Date.Value.Year : (int?)null, cancellationToken);
        var dueDays = await new ReportingQueries(db).AnnualDueDaysAsync(plans, cancellationToken);

        var taskIds = rows.Select(r => r.Id).ToList();
        var reports = (await db.Reports.AsNoTracking()
                .Where(r => taskIds.Contains(r.TaskId) && r.Status != ReportStatus.Draft && r.SubmittedOn != null && r.SubmittedOn <= asOf)
                .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new
                {
                    r.TaskId,
                    p.Year,
                    SubmittedOn = r.SubmittedOn!.Value,
                    r.SubmittedAt,
                    r.State,
                    r.PercentDone,
                    r.CompletedOn,
                    r.Results,
                    r.Difficulties,
                    r.Proposals,
                })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.TaskId);

        return rows
            .OrderBy(r => r.PlanId).ThenBy(r => r.Order)
            .Select(r =>
            {
                var schedule = ReportingQueries.ScheduleOf(r.Timeframe, planYears[r.PlanId] ?? year, dueDays[r.PlanId]);
                var taskReports = reports[r.Id].ToList();
                var status = TaskStatusEngine.StatusFor(schedule, year, asOf,
                    taskReports.Select(x => new ProgressReport(x.Year, x.SubmittedOn, x.State, x.PercentDone, x.CompletedOn)));
                var latest = taskReports.Where(x => x.Year <= year).OrderByDescending(x => x.Year).ThenByDescending(x => x.SubmittedAt).FirstOrDefault();
                var due = schedule.DueFor(year);
                var lead = r.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead);
                return new TaskProgress(
                    r.Id, r.PlanId, r.Ref, r.Group, r.Title, r.Timeframe, r.Product,
                    lead?.CurrentAgencyId, lead?.CurrentName, lead?.PrintedName,
                    r.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.PrintedName).ToList(),
                    status, due,
                    status == ProgressStatus.Overdue && due is { } d ? asOf.DayNumber - d.DayNumber : null,
                    latest?.State, latest?.PercentDone, latest?.Results, latest?.Difficulties, latest?.Proposals);
            })
            .ToList();
    }
}
