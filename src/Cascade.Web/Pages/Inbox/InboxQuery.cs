using Cascade.Data.Notifications;
using Cascade.Data.Calendar;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Cascade.Data.Reporting;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Inbox;

/// <summary>
/// An agency's inbox: the tasks it owes a report or a contribution on in the periods still taking
/// reports, with the plan, the timeframe, where its report stands and the working days left.
/// </summary>
public static class InboxQuery
{
    public enum Duty
    {
        /// <summary>Chủ trì: writes the report.</summary>
        Report,

        /// <summary>Phối hợp: sends a contribution to the lead.</summary>
        Contribution,
    }

    /// <summary>
    /// A task the agency owes a report or contribution on. <see cref="NamedAs"/> holds the names the plan
    /// printed where the agency holds the task for another body ("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh").
    /// </summary>
    public sealed record Item(int PeriodId, int PeriodYear, DateOnly DueOn, PeriodPhase Phase, int PlanId, string Plan, int TaskId, string Ref, string Title,
        string? TimeframeText, TimeframeKind TimeframeKind, Duty Duty, ReportStatus? ReportStatus, bool IsLate, bool ContributionSent, int WorkingDaysLeft,
        IReadOnlyList<string> NamedAs);

    public sealed record Result(DateOnly Today, IReadOnlyList<Item> Items);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, ReportingQueries reporting, WorkingCalendarSource calendars,
        SavedDataCache<Result> cache)
    {
        /// <summary>
        /// The inbox as it stands today, built once per change of the data: an agency opens it many
        /// times a day and it changes only when someone saves.
        /// </summary>
        public Task<Result> HandleAsync(CancellationToken cancellationToken) =>
            cache.GetOrBuildAsync(SavedDataCache<Result>.KeyOf("inbox", clock.Today(), user.Scope), () => BuildAsync(CancellationToken.None));

        private async Task<Result> BuildAsync(CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var calendar = await calendars.GetAsync(cancellationToken);
            var agencies = user.Scope.AgencyIds;
            if (agencies.Count == 0)
            {
                return new Result(today, []);
            }

            // The visibility rule decides, but only over the plans the agencies are on: found from the
            // assignments' indexes, since SQLite runs the rule's nested EXISTS for every plan in the country.
            var onAssignments = db.Assignments.Where(a => agencies.Contains(a.AgencyId) || agencies.Contains(a.CurrentAgencyId)).Select(a => a.TaskId);
            var candidates = db.Tasks.Where(t => onAssignments.Contains(t.Id)).Select(t => t.PlanId);
            var planIds = await db.VisiblePlans(user.Scope).Where(p => candidates.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
            var periods = (await db.Periods.AsNoTracking().Include(p => p.Exceptions)
                    .Where(p => planIds.Contains(p.PlanId) && p.DataFrom <= today)
                    .ToListAsync(cancellationToken))
                .Where(p => agencies.Any(a => p.PhaseFor(a, today) is PeriodPhase.Open or PeriodPhase.PastDue))
                .ToList();
            var expected = await reporting.ExpectedAsync(periods, onAssignments, cancellationToken);

            var owed = periods.SelectMany(p => expected[p.Id]
                    .Where(e => agencies.Contains(e.ReportingAgencyId) || e.CoordinatingAgencyIds.Any(agencies.Contains))
                    .Select(e => (Period: p, Task: e, Duty: agencies.Contains(e.ReportingAgencyId) ? Duty.Report : Duty.Contribution)))
                .ToList();
            var taskIds = owed.Select(o => o.Task.TaskId).Distinct().ToList();
            var periodIds = periods.Select(p => p.Id).ToList();

            var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
                .Select(t => new { t.Id, t.PlanId, t.Ref, t.Title, t.Timeframe.Text, t.Timeframe.Kind })
                .ToDictionaryAsync(t => t.Id, cancellationToken);
            var owedPlanIds = tasks.Values.Select(t => t.PlanId).Distinct().ToList();
            var planNames = await db.Plans.AsNoTracking().Where(p => owedPlanIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Number, p.Issuer }).ToDictionaryAsync(p => p.Id, p => p.Number != null ? p.Number.Text : p.Issuer, cancellationToken);
            var reports = await db.Reports.AsNoTracking().Where(r => periodIds.Contains(r.PeriodId) && taskIds.Contains(r.TaskId))
                .Select(r => new { r.PeriodId, r.TaskId, r.Status, r.IsLate }).ToListAsync(cancellationToken);
            var held = (await Agencies.HeldAgencies.OfTasksAsync(db, taskIds, cancellationToken))
                .Where(h => agencies.Contains(h.Agency.HolderId) && h.Agency.Before is not null)
                .ToLookup(h => (h.Row.TaskId, h.Row.Role == Core.Tasks.AssignmentRole.Lead ? Duty.Report : Duty.Contribution), h => h.Agency.Before!);
            var contributions = await db.Contributions.AsNoTracking()
                .Where(c => periodIds.Contains(c.PeriodId) && taskIds.Contains(c.TaskId) && agencies.Contains(c.AgencyId))
                .Select(c => new { c.PeriodId, c.TaskId }).ToListAsync(cancellationToken);

            var items = owed.Select(o =>
                {
                    var task = tasks[o.Task.TaskId];
                    var report = reports.FirstOrDefault(r => r.PeriodId == o.Period.Id && r.TaskId == task.Id);
                    var due = calendar.OnOrAfterWorkingDay(o.Period.DueOn);
                    return new Item(o.Period.Id, o.Period.Year, o.Period.DueOn, o.Period.Value.PhaseOn(today, o.Period.ReopenedUntil), task.PlanId, planNames[task.PlanId],
                        task.Id, task.Ref, task.Title, task.Text, task.Kind, o.Duty, report?.Status, report?.IsLate ?? false,
                        contributions.Any(c => c.PeriodId == o.Period.Id && c.TaskId == task.Id), calendar.WorkingDaysBetween(today, due),
                        held[(task.Id, o.Duty)].Distinct().ToList());
                })
                .OrderBy(i => Done(i)).ThenBy(i => i.DueOn).ThenBy(i => i.Plan, StringComparer.Ordinal).ThenBy(i => i.TaskId)
                .ToList();
            return new Result(today, items);
        }

        /// <summary>What still needs doing comes first.</summary>
        private static bool Done(Item item) => item.Duty == Duty.Report
            ? item.ReportStatus is ReportStatus.Submitted or ReportStatus.Accepted
            : item.ContributionSent;
    }
}
