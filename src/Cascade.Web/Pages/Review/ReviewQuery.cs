using Cascade.Data.Notifications;
using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data;
using Cascade.Data.Reporting;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Review;

/// <summary>
/// A period as the coordinator reviews it: every task that owes a report, where its report stands,
/// which contributions are missing (who holds up whom), and each agency's on time / late / missing.
/// </summary>
public static class ReviewQuery
{
    public sealed record PeriodOption(int Id, string Plan, int Year, DateOnly DueOn);

    public sealed record Row(int TaskId, string Ref, string Title, string ReportingAgency, ReportStatus? Status, bool IsLate, IReadOnlyList<string> MissingContributions);

    public sealed record AgencyLine(string Agency, int Expected, int OnTime, int Late, int Missing);

    public sealed record Result(IReadOnlyList<PeriodOption> Periods, PeriodOption? Selected, PeriodPhase? Phase, IReadOnlyList<Row> Rows, IReadOnlyList<AgencyLine> Agencies);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, ReportingQueries reporting)
    {
        public async Task<Result> HandleAsync(int? periodId, CancellationToken cancellationToken)
        {
            var planIds = db.VisiblePlans(user.Scope).Select(p => p.Id);
            var periods = await db.Periods.AsNoTracking().Where(p => planIds.Contains(p.PlanId))
                .Join(db.Plans, p => p.PlanId, x => x.Id, (p, x) => new { Period = p, Name = x.Number != null ? x.Number.Text : x.Issuer })
                .OrderByDescending(p => p.Period.Year).ThenBy(p => p.Period.DueOn).ThenBy(p => p.Period.PlanId)
                .ToListAsync(cancellationToken);
            var options = periods.Select(p => new PeriodOption(p.Period.Id, p.Name, p.Period.Year, p.Period.DueOn)).ToList();
            var today = clock.Today();
            var chosen = periodId is { } id ? periods.FirstOrDefault(p => p.Period.Id == id)
                : periods.Where(p => p.Period.Year <= today.Year).FirstOrDefault();
            if (chosen is null)
            {
                return new Result(options, null, null, [], []);
            }

            var period = chosen.Period;
            var expected = await reporting.ExpectedAsync(period, cancellationToken);
            var taskIds = expected.Select(e => e.TaskId).ToList();
            var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Select(t => new { t.Id, t.Ref, t.Title, t.Order })
                .ToDictionaryAsync(t => t.Id, cancellationToken);
            var reports = await db.Reports.AsNoTracking().Where(r => r.PeriodId == period.Id)
                .Select(r => new { r.TaskId, r.Status, r.IsLate, r.AgencyId }).ToDictionaryAsync(r => r.TaskId, cancellationToken);

            // A report filed before a reorganisation stays with the agency that filed it; the rest are owed by today's holder.
            int ReporterOf(ExpectedTask e) => reports.TryGetValue(e.TaskId, out var r) && r.Status != ReportStatus.Draft ? r.AgencyId : e.ReportingAgencyId;
            var contributions = (await db.Contributions.AsNoTracking().Where(c => c.PeriodId == period.Id)
                .Select(c => new { c.TaskId, c.AgencyId }).ToListAsync(cancellationToken)).Select(c => (c.TaskId, c.AgencyId)).ToHashSet();
            var agencyIds = expected.SelectMany(e => e.CoordinatingAgencyIds.Append(e.ReportingAgencyId).Append(ReporterOf(e))).Distinct().ToList();
            var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            foreach (var (agencyId, name) in await Agencies.AgencyNamesOfTheTime.OfAsync(db, expected.Select(ReporterOf).Where(a => !expected.Any(e => e.ReportingAgencyId == a)), cancellationToken))
            {
                names[agencyId] = name;
            }

            var rows = expected.OrderBy(e => tasks[e.TaskId].Order).Select(e =>
            {
                var report = reports.GetValueOrDefault(e.TaskId);
                return new Row(e.TaskId, tasks[e.TaskId].Ref, tasks[e.TaskId].Title, names[ReporterOf(e)], report?.Status, report?.IsLate ?? false,
                    e.CoordinatingAgencyIds.Where(a => !contributions.Contains((e.TaskId, a))).Select(a => names[a]).ToList());
            }).ToList();

            var completeness = ReportingCompleteness.ByAgency(
                expected.Select(e => new ExpectedReport(e.TaskId, ReporterOf(e))),
                reports.Values.Where(r => r.Status is not ReportStatus.Draft && taskIds.Contains(r.TaskId)).Select(r => new ArrivedReport(r.TaskId, ReporterOf(expected.First(e => e.TaskId == r.TaskId)), r.IsLate))
                    .Where(a => taskIds.Contains(a.TaskId)));
            var lines = completeness.Select(c => new AgencyLine(names[c.AgencyId], c.Expected, c.OnTime, c.Late, c.Missing))
                .OrderByDescending(l => l.Missing).ThenBy(l => l.Agency, StringComparer.Ordinal).ToList();
            return new Result(options, options.First(o => o.Id == period.Id), period.Value.PhaseOn(today, period.ReopenedUntil), rows, lines);
        }
    }
}
