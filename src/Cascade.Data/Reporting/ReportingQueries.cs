using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reporting;

/// <summary>
/// A task that owes a report in a period: the agency that reports it (the holder today of the first
/// lead named) and the agencies that contribute (the holders of the other leads and of the coordinating
/// agencies). <see cref="NamedLeadAgencyId"/> is the first lead as the plan named it.
/// </summary>
public sealed record ExpectedTask(int TaskId, int PlanId, int ReportingAgencyId, IReadOnlyList<int> LeadAgencyIds, IReadOnlyList<int> CoordinatingAgencyIds)
{
    public int NamedLeadAgencyId { get; init; } = ReportingAgencyId;
}

/// <summary>What reporting owes: which tasks a period expects, and which agencies are behind.</summary>
public sealed class ReportingQueries(CascadeDbContext db)
{
    /// <summary>The schedule of a task under its plan: the plan's year, horizon and yearly due day.</summary>
    public static TaskSchedule ScheduleOf(Timeframe timeframe, int planYear, DueDay? annualDueDay) =>
        new(timeframe, planYear, annualDueDay: annualDueDay);

    /// <summary>
    /// Each plan's yearly report day: the due day of its first annual reporting duty, if it sets one
    /// (Trà Vinh 30/11, An Giang 10/12); plans without one report by the periods the coordinator opens.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, DueDay?>> AnnualDueDaysAsync(IQueryable<Core.Documents.Plan> plans, CancellationToken cancellationToken) =>
        await plans.Select(p => new
            {
                p.Id,
                Due = p.ReportingDuties.Where(d => d.Frequency == ReportingFrequency.Annual && d.Due != null).OrderBy(d => d.Order).Select(d => d.Due).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, p => p.Due, cancellationToken);

    /// <summary>The tasks of the period's plan that owe a report for the period's year.</summary>
    public async Task<IReadOnlyList<ExpectedTask>> ExpectedAsync(PlanPeriod period, CancellationToken cancellationToken)
    {
        var byPlan = await ExpectedAsync([period], cancellationToken);
        return byPlan[period.Id];
    }

    public Task<IReadOnlyDictionary<int, IReadOnlyList<ExpectedTask>>> ExpectedAsync(IReadOnlyCollection<PlanPeriod> periods, CancellationToken cancellationToken) =>
        ExpectedAsync(periods, null, cancellationToken);

    /// <param name="among">When given, only these tasks are considered (an agency's own, for its inbox); the rest of each plan is not read.</param>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ExpectedTask>>> ExpectedAsync(IReadOnlyCollection<PlanPeriod> periods, IQueryable<int>? among, CancellationToken cancellationToken)
    {
        var planIds = periods.Select(p => p.PlanId).Distinct().ToList();
        var planDates = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Date, cancellationToken);
        var dueDays = await AnnualDueDaysAsync(db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)), cancellationToken);
        var candidates = db.Tasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.WithdrawnAt == null);
        if (among is not null)
        {
            candidates = candidates.Where(t => among.Contains(t.Id));
        }

        var tasks = await candidates
            .Select(t => new
            {
                t.Id,
                t.PlanId,
                // Its columns, not the whole task: EF reads a task's every column (its title too) to give its timeframe.
                Timeframe = Timeframe.Restore(t.Timeframe.Kind, t.Timeframe.Text, t.Timeframe.From, t.Timeframe.To, t.Timeframe.Due),
                t.Product,
                Assignments = t.Assignments.OrderBy(a => a.Role).ThenBy(a => a.Order).Select(a => new { a.AgencyId, a.CurrentAgencyId, a.Role }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var taskIds = tasks.Select(t => t.Id).ToList();

        // Done as the status engine counts it: where the product is an issued document, only with the document linked.
        // Only a result reported before a period's year counts, so later years' reports are not read.
        var needProduct = tasks.Where(t => Core.Reports.IssuedProducts.NamesIssuedDocument(t.Product)).Select(t => t.Id).ToHashSet();
        var lastYear = periods.Count == 0 ? 0 : periods.Max(p => p.Year);
        var done = (await db.Reports.AsNoTracking()
                .Where(r => taskIds.Contains(r.TaskId) && r.Status != ReportStatus.Draft && r.State == Core.Progress.ReportedState.Done)
                .Join(db.Periods.Where(p => p.Year < lastYear), r => r.PeriodId, p => p.Id, (r, p) => new { r.TaskId, p.Year, HasProduct = db.ProductDocuments.Any(d => d.ReportId == r.Id) })
                .ToListAsync(cancellationToken))
            .Where(r => r.HasProduct || !needProduct.Contains(r.TaskId))
            .ToLookup(r => r.TaskId, r => r.Year);

        // A country's year has 13,000 periods over 50,000 tasks: each period reads only its plan's tasks.
        var byPlan = tasks.ToLookup(t => t.PlanId);
        var result = new Dictionary<int, IReadOnlyList<ExpectedTask>>();
        foreach (var period in periods)
        {
            var planYear = planDates[period.PlanId]?.Year ?? period.Year;
            var due = dueDays[period.PlanId];
            result[period.Id] = byPlan[period.PlanId]
                .Where(t => t.Assignments.Any(a => a.Role == AssignmentRole.Lead))
                .Where(t => ScheduleOf(t.Timeframe, planYear, due).ExpectsReportIn(period.Year, isDone: done[t.Id].Any(y => y < period.Year)))
                .Select(t =>
                {
                    // Two agencies named on a task may be held by one agency today: it reports once.
                    var leads = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.CurrentAgencyId).Distinct().ToList();
                    var coordinating = t.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.CurrentAgencyId)
                        .Concat(leads.Skip(1)).Distinct().Except([leads[0]]).ToList();
                    var named = t.Assignments.First(a => a.Role == AssignmentRole.Lead).AgencyId;
                    return new ExpectedTask(t.Id, t.PlanId, leads[0], leads, coordinating) { NamedLeadAgencyId = named };
                })
                .ToList();
        }

        return result;
    }

    /// <summary>The agencies behind in the periods still taking reports on the day, with how many they owe.</summary>
    public async Task<IReadOnlyList<OwedReports>> OwedOnAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var periods = (await db.Periods.AsNoTracking().Include(p => p.Exceptions).Where(p => p.DataFrom <= today).ToListAsync(cancellationToken))
            .Where(p => p.Value.PhaseOn(today, p.ReopenedUntil) is PeriodPhase.Open or PeriodPhase.PastDue)
            .ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        var expected = await ExpectedAsync(periods, cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var arrived = (await db.Reports.AsNoTracking()
                .Where(r => periodIds.Contains(r.PeriodId) && r.Status != ReportStatus.Draft)
                .Select(r => new { r.PeriodId, r.TaskId })
                .ToListAsync(cancellationToken))
            .Select(r => (r.PeriodId, r.TaskId))
            .ToHashSet();

        return periods
            .SelectMany(p => expected[p.Id]
                .Where(e => !arrived.Contains((p.Id, e.TaskId)))
                .GroupBy(e => e.ReportingAgencyId)
                .Select(g => new OwedReports(g.Key, p.Id, p.DueOn, g.Count())))
            .OrderBy(o => o.DueOn).ThenBy(o => o.AgencyId)
            .ToList();
    }
}
