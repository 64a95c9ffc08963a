using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Progress;
using Cascade.Data.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export.ConsolidatedReport;

/// <summary>
/// Gathers the consolidated report of a plan's year from the database: statuses from
/// <see cref="TaskProgressQuery"/>, indicators from <see cref="IndicatorQuery"/>, the year's periods
/// and reports for how completely the agencies reported (<see cref="ReportingCompleteness"/>) and
/// for what they raised. Agencies are named as they are today: the one holding each task.
/// </summary>
public sealed class ConsolidatedReportQuery(CascadeDbContext db)
{
    /// <param name="tasks">The tasks the reader may see (narrowed to the plan here); the report covers only those.</param>
    /// <param name="asOf">The day the statuses and reports are read on.</param>
    /// <param name="date">The report's date, printed in the date line; null leaves it to be filled.</param>
    /// <returns>Null when there is no such plan.</returns>
    public async Task<ConsolidatedReportModel?> BuildAsync(int planId, IQueryable<PlanTask> tasks, int year, DateOnly asOf, DateOnly? date, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var unit = plan.AdministrativeUnitId is { } unitId
            ? await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Kind }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var progress = await new TaskProgressQuery(db).ForYearAsync(tasks.Where(t => t.PlanId == planId), year, asOf, cancellationToken);
        var indicators = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.AsNoTracking().Where(t => t.PlanId == planId), year, cancellationToken);
        var periods = await db.Periods.AsNoTracking().Where(p => p.PlanId == planId && p.Year == year).ToListAsync(cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var taskIds = progress.Select(p => p.TaskId).ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => periodIds.Contains(r.PeriodId) && taskIds.Contains(r.TaskId) && r.Status != ReportStatus.Draft && r.SubmittedOn != null && r.SubmittedOn <= asOf)
            .Select(r => new YearReport(r.PeriodId, r.TaskId, r.IsLate, r.SubmittedAt, r.Difficulties, r.Proposals))
            .ToListAsync(cancellationToken);

        var byTask = progress.ToDictionary(p => p.TaskId);
        var superior = unit?.Kind == AdministrativeUnitKind.Municipality ? "thành phố" : "tỉnh";
        var place = unit?.Name ?? plan.Locality;
        return new ConsolidatedReportModel
        {
            Issuer = new ReportIssuer(
                $"UBND {superior} {place ?? "……"}", "Sở Khoa học và Công nghệ", "SKHCN", place,
                $"Ủy ban nhân dân {superior}", $"UBND {superior}"),
            Plan = new CitedPlan(DocumentWords.Of(plan.Kind), plan.Number?.Text, plan.Date, plan.Issuer, plan.Title),
            Year = year,
            AsOf = asOf,
            Date = date,
            Groups = Groups(progress),
            Indicators = indicators.Select(i => new IndicatorLine(i.Text, i.Horizon, i.Value, i.Max, i.Unit, i.RelativeTo, i.Measure,
                i.Baseline, i.Values.FirstOrDefault(v => v.Year == year), i.Progress)).ToList(),
            Reporting = await ReportingAsync(periods, byTask, reports, cancellationToken),
            Remarks = Remarks(progress, reports),
            Recipients = [$"UBND {superior} (b/c)", "Bộ Khoa học và Công nghệ (b/c)", "Các cơ quan chủ trì nhiệm vụ"],
        };
    }

    private sealed record YearReport(int PeriodId, int TaskId, bool IsLate, DateTimeOffset? SubmittedAt, string? Difficulties, string? Proposals);

    /// <summary>The plan's groups in the order the plan first names them, each with its tasks in the plan's order.</summary>
    private static List<TaskGroup> Groups(IReadOnlyList<TaskProgress> progress)
    {
        var groups = progress.GroupBy(p => p.Group).Select(g => new TaskGroup(g.Key, g.Select(Line).ToList())).ToList();
        return groups.Count == 0 ? [new TaskGroup(null, [])] : groups;
    }

    private static TaskLine Line(TaskProgress p) =>
        new(p.Ref, p.Title, p.LeadName, p.LeadPrintedName, p.Timeframe.Text ?? DocumentWords.Of(p.Timeframe.Kind), p.DueOn, p.Status, p.DaysOverdue, p.LatestPercent, p.LatestResults);

    /// <summary>
    /// On time, late and missing for each of the year's periods, by the core's completeness rule,
    /// summed over the periods and counted against the agency that holds each task today.
    /// </summary>
    private async Task<ReportingSummary> ReportingAsync(List<Core.Reporting.PlanPeriod> periods, Dictionary<int, TaskProgress> byTask, List<YearReport> reports, CancellationToken cancellationToken)
    {
        if (periods.Count == 0)
        {
            return new ReportingSummary(0, []);
        }

        var expected = await new ReportingQueries(db).ExpectedAsync(periods, cancellationToken);
        var named = expected.Values.SelectMany(e => e).Where(e => !byTask.TryGetValue(e.TaskId, out var t) || t.LeadAgencyId is null).Select(e => e.ReportingAgencyId).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => named.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        var lines = new List<(int AgencyId, string Name, AgencyCompleteness Completeness)>();
        foreach (var period in periods)
        {
            var owed = expected[period.Id].Where(e => byTask.ContainsKey(e.TaskId)).ToList();
            var holders = owed.ToDictionary(e => e.TaskId, e => byTask[e.TaskId] is { LeadAgencyId: { } id, LeadName: { } name } ? (id, name) : (e.ReportingAgencyId, names[e.ReportingAgencyId]));
            var completeness = ReportingCompleteness.ByAgency(
                owed.Select(e => new ExpectedReport(e.TaskId, holders[e.TaskId].Item1)),
                reports.Where(r => r.PeriodId == period.Id && holders.ContainsKey(r.TaskId)).Select(r => new ArrivedReport(r.TaskId, holders[r.TaskId].Item1, r.IsLate)));
            lines.AddRange(completeness.Select(c => (c.AgencyId, holders.Values.First(h => h.Item1 == c.AgencyId).Item2, c)));
        }

        var agencies = lines.GroupBy(l => (l.AgencyId, l.Name))
            .Select(g => new AgencyReporting(g.Key.Name, g.Sum(l => l.Completeness.Expected), g.Sum(l => l.Completeness.OnTime), g.Sum(l => l.Completeness.Late), g.Sum(l => l.Completeness.Missing)))
            .OrderBy(a => a.Agency, StringComparer.Ordinal)
            .ToList();
        return new ReportingSummary(periods.Count, agencies);
    }

    /// <summary>What the year's reports raised, by the agency holding the task, each text once with the tasks that raised it.</summary>
    private static List<AgencyRemarks> Remarks(IReadOnlyList<TaskProgress> progress, List<YearReport> reports)
    {
        var latest = reports.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.SubmittedAt).ToList());
        var raised = progress
            .Where(p => latest.ContainsKey(p.TaskId))
            .SelectMany(p => latest[p.TaskId].Select(r => (Agency: p.LeadName ?? p.LeadPrintedName ?? "—", p.Ref, r.Difficulties, r.Proposals)))
            .ToList();
        return raised
            .GroupBy(r => r.Agency, StringComparer.Ordinal)
            .Select(g => new AgencyRemarks(g.Key, Distinct(g.Select(r => (r.Difficulties, r.Ref))), Distinct(g.Select(r => (r.Proposals, r.Ref)))))
            .Where(a => a.Difficulties.Count + a.Proposals.Count > 0)
            .ToList();
    }

    private static List<Remark> Distinct(IEnumerable<(string? Text, string Ref)> texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t.Text))
            .GroupBy(t => t.Text!.Trim(), StringComparer.Ordinal)
            .Select(g => new Remark(g.Key, g.Select(t => t.Ref).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
}
