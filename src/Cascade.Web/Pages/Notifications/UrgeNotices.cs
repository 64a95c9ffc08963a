using Cascade.Core.Reporting;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Reporting;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Notifications;

/// <summary>
/// Urging notices (đôn đốc): the coordinator of a plan's province presses the agencies behind in one of
/// its open periods. One notice per agency, period and day, so a double click or a second coordinator
/// the same day sends nothing more.
/// </summary>
public static class UrgeNotices
{
    public sealed record AgencyRow(int AgencyId, string Agency, int Missing, bool UrgedToday);

    public sealed record PeriodRow(int PeriodId, string Plan, string Period, DateOnly DueOn, IReadOnlyList<AgencyRow> Agencies);

    /// <summary>How many agencies were sent a notice now, and how many had one already today.</summary>
    public sealed record Outcome(int Urged, int AlreadyUrged);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, NoticeWriter writer, TimeProvider time)
    {
        /// <summary>The open periods of the plans the user manages, with the agencies behind in each.</summary>
        public async Task<IReadOnlyList<PeriodRow>> ListAsync(CancellationToken cancellationToken)
        {
            var today = VietnamTime.Today(time);
            var owed = await OwedAsync(today, periodId: null, cancellationToken);
            if (owed.Count == 0)
            {
                return [];
            }

            var names = await ReminderService.NamesAsync(db, owed.Select(o => o.AgencyId), owed.Select(o => o.PeriodId), cancellationToken);
            var keys = owed.Select(o => NoticeTexts.UrgingKey(o.PeriodId, o.AgencyId, today)).ToList();
            var urged = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(cancellationToken)).ToHashSet();
            return owed.GroupBy(o => (o.PeriodId, o.DueOn))
                .Select(g => new PeriodRow(g.Key.PeriodId, names.Periods[g.Key.PeriodId].Plan, names.Periods[g.Key.PeriodId].Period, g.Key.DueOn,
                    g.Select(o => new AgencyRow(o.AgencyId, names.Agencies[o.AgencyId], o.MissingCount, urged.Contains(NoticeTexts.UrgingKey(o.PeriodId, o.AgencyId, today))))
                        .OrderBy(a => a.Agency, StringComparer.Ordinal).ToList()))
                .OrderBy(p => p.DueOn).ThenBy(p => p.Plan, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Urges one agency, or all those behind; null when the period is not one the user manages.</summary>
        public async Task<Outcome?> UrgeAsync(int periodId, int? agencyId, CancellationToken cancellationToken)
        {
            if (!(await ManagedPeriodIdsAsync([periodId], cancellationToken)).Contains(periodId))
            {
                return null;
            }

            var today = VietnamTime.Today(time);
            var owed = (await OwedAsync(today, periodId, cancellationToken)).Where(o => agencyId is null || o.AgencyId == agencyId).ToList();
            if (owed.Count == 0)
            {
                return new Outcome(0, 0);
            }

            var names = await ReminderService.NamesAsync(db, owed.Select(o => o.AgencyId), [periodId], cancellationToken);
            var (plan, period) = names.Periods[periodId];
            var notices = owed.Select(o => NoticeTexts.Urging(o, today, names.Agencies[o.AgencyId], plan, period, user.DisplayName)).ToList();
            var created = await writer.WriteAsync(notices, cancellationToken);
            return new Outcome(created.Notifications, notices.Count - created.Notifications);
        }

        private async Task<List<OwedReports>> OwedAsync(DateOnly today, int? periodId, CancellationToken cancellationToken)
        {
            var owed = (await new ReportingQueries(db).OwedOnAsync(today, cancellationToken))
                .Where(o => o.MissingCount > 0 && (periodId is null || o.PeriodId == periodId))
                .ToList();
            var managed = await ManagedPeriodIdsAsync(owed.Select(o => o.PeriodId).Distinct().ToList(), cancellationToken);
            return owed.Where(o => managed.Contains(o.PeriodId)).ToList();
        }

        /// <summary>The periods among <paramref name="periodIds"/> whose plan the user may manage (their province's, or any for an administrator).</summary>
        private async Task<HashSet<int>> ManagedPeriodIdsAsync(IReadOnlyCollection<int> periodIds, CancellationToken cancellationToken)
        {
            var scope = user.Scope;
            var periods = await db.Periods.AsNoTracking().Where(p => periodIds.Contains(p.Id))
                .Join(db.VisiblePlans(scope), p => p.PlanId, plan => plan.Id, (p, plan) => new { p.Id, plan.AdministrativeUnitId })
                .ToListAsync(cancellationToken);
            return periods.Where(p => scope.CanManagePlan(p.AdministrativeUnitId)).Select(p => p.Id).ToHashSet();
        }
    }
}
