using Cascade.Core.Links;
using Cascade.Core.Progress;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Progress;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Links;

/// <summary>
/// A task's confirmed links: the higher plans' tasks it carries out, and the lower plans' tasks
/// that carry it out with their status for the year, from <see cref="TaskProgressQuery"/> (one
/// report counts for both).
/// </summary>
public static class TaskLinksQuery
{
    public sealed record ParentItem(int TaskId, int PlanId, string Plan, string Ref, string Title);

    public sealed record ChildItem(int TaskId, int PlanId, string Plan, string? Locality, string Ref, string Title, string? Lead, ProgressStatus Status, int? LatestPercent, bool Reported);

    public sealed record Result(int Year, IReadOnlyList<ParentItem> Parents, IReadOnlyList<ChildItem> Children)
    {
        /// <summary>Localities that sent a report for the year on their linked task.</summary>
        public int ReportingLocalities => Children.Where(c => c.Reported).Select(c => c.Locality ?? c.Plan).Distinct().Count();
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, TaskProgressQuery progress)
    {
        public async Task<Result> ForTaskAsync(int taskId, int? year, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var shownYear = year ?? today.Year;
            var parents = await db.TaskLinks.AsNoTracking().Where(l => l.TaskId == taskId && l.Status == TaskLinkStatus.Confirmed)
                .Join(db.Tasks, l => l.ParentTaskId, t => t.Id, (l, t) => t)
                .Join(db.Plans, t => t.PlanId, p => p.Id, (t, p) => new ParentItem(t.Id, p.Id, p.Number != null ? p.Number.Text : p.Issuer, t.Ref, t.Title))
                .ToListAsync(cancellationToken);

            var childIds = db.TaskLinks.Where(l => l.ParentTaskId == taskId && l.Status == TaskLinkStatus.Confirmed).Select(l => l.TaskId);
            var statuses = await progress.ForYearAsync(db.VisibleTasks(user.Scope).Where(t => childIds.Contains(t.Id)), shownYear, today, cancellationToken);
            var planIds = statuses.Select(s => s.PlanId).Distinct().ToList();
            var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => new { Name = p.Number != null ? p.Number.Text : p.Issuer, p.Locality }, cancellationToken);
            var reported = await ReportedAsync(statuses.Select(s => s.TaskId).ToList(), shownYear, cancellationToken);
            var children = statuses
                .Select(s => new ChildItem(s.TaskId, s.PlanId, plans[s.PlanId].Name, plans[s.PlanId].Locality, s.Ref, s.Title, s.LeadName, s.Status, s.LatestPercent, reported.Contains(s.TaskId)))
                .OrderBy(c => c.Locality, StringComparer.Create(Core.Text.VietnameseText.Vi, false)).ThenBy(c => c.Plan, StringComparer.Ordinal)
                .ToList();
            return new Result(shownYear, parents, children);
        }

        /// <summary>
        /// For a plan's tasks: how many localities sent a report for the year on the lower plans' tasks
        /// confirmed as carrying each out. Tasks with no confirmed link are left out.
        /// </summary>
        public async Task<IReadOnlyDictionary<int, int>> ReportingLocalitiesAsync(int planId, int year, CancellationToken cancellationToken)
        {
            var links = await db.TaskLinks.AsNoTracking().Where(l => l.Status == TaskLinkStatus.Confirmed)
                .Join(db.Tasks.Where(t => t.PlanId == planId), l => l.ParentTaskId, t => t.Id, (l, t) => new { l.TaskId, l.ParentTaskId })
                .ToListAsync(cancellationToken);
            if (links.Count == 0)
            {
                return new Dictionary<int, int>();
            }

            var childIds = links.Select(l => l.TaskId).Distinct().ToList();
            var children = await db.VisibleTasks(user.Scope).Where(t => childIds.Contains(t.Id) && t.WithdrawnAt == null)
                .Join(db.Plans, t => t.PlanId, p => p.Id, (t, p) => new { t.Id, Locality = p.Locality ?? p.Issuer })
                .ToDictionaryAsync(t => t.Id, t => t.Locality, cancellationToken);
            var reported = await ReportedAsync(children.Keys.ToList(), year, cancellationToken);
            return links.GroupBy(l => l.ParentTaskId)
                .ToDictionary(g => g.Key, g => g.Where(l => reported.Contains(l.TaskId)).Select(l => children[l.TaskId]).Distinct().Count());
        }

        /// <summary>The tasks with a report sent (submitted, returned or accepted) in a period of the year.</summary>
        private async Task<HashSet<int>> ReportedAsync(List<int> taskIds, int year, CancellationToken cancellationToken) =>
            (await db.Reports.AsNoTracking().Where(r => taskIds.Contains(r.TaskId) && r.Status != Core.Reports.ReportStatus.Draft)
                .Join(db.Periods.Where(p => p.Year == year), r => r.PeriodId, p => p.Id, (r, p) => r.TaskId)
                .Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }
}
