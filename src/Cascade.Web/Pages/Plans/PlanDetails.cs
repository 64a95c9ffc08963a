using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Plans;

/// <summary>A plan: its header, targets by horizon, reporting duties and the task register by group.</summary>
public static class PlanDetails
{
    /// <param name="MissingProducts">Only tasks whose product is an issued document not linked yet (sản phẩm còn thiếu).</param>
    public sealed record Query(int Id, int? AgencyId = null, TimeframeKind? TimeframeKind = null, bool MissingProducts = false);

    public sealed record Parent(string Number, int? PlanId);

    /// <summary>A target of the plan with where its indicator stands (state, latest value, share of the way).</summary>
    public sealed record TargetItem(int Id, string Text, decimal Value, decimal? Max, string Unit, int? RelativeTo,
        Core.Targets.IndicatorState State, Core.Targets.Measurement? Latest, decimal? Share);

    public sealed record Horizon(int Year, IReadOnlyList<TargetItem> Targets);

    public sealed record Duty(ReportingFrequency Frequency, DueDay? Due, string Recipient);


    /// <summary>A task; its agencies as printed, each with the agency holding its duties today.</summary>
    public sealed record TaskItem(int Id, string Ref, string Title, IReadOnlyList<Agencies.HeldAgency> Lead, IReadOnlyList<Agencies.HeldAgency> Coordinating,
        string? TimeframeText, TimeframeKind TimeframeKind, DateOnly? Due, string? Product,
        bool ProductIsDocument = false, Reports.ProductStanding.Document? ProductDocument = null, int? ReportingLocalities = null);

    public sealed record TaskGroup(string? Name, IReadOnlyList<TaskItem> Tasks);

    public sealed record Result(int Id, DocumentKind Kind, DocumentNumber? Number, DateOnly? Date, string Issuer, GovernmentLevel Level,
        string? Locality, string Title, IReadOnlyList<Parent> Implements, IReadOnlyList<Horizon> Horizons, IReadOnlyList<Duty> Duties,
        IReadOnlyList<TaskGroup> Groups, int TaskCount, int ShownTaskCount, IReadOnlyList<Agencies.HeldAgency> Agencies, int Year = 0);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, Data.Progress.IndicatorQuery indicators, Links.TaskLinksQuery.Handler links, TimeProvider clock,
        SavedDataCache<Result?> cache)
    {
        /// <summary>The plan as the reader's scope sees it today, kept until a save (a plan is read far more often than changed).</summary>
        public Task<Result?> HandleAsync(Query query, CancellationToken cancellationToken) =>
            cache.GetOrBuildAsync(SavedDataCache<Result?>.KeyOf(query, clock.Today(), user.Scope), () => BuildAsync(query, CancellationToken.None));

        private async Task<Result?> BuildAsync(Query query, CancellationToken cancellationToken)
        {
            var plan = await db.VisiblePlans(user.Scope)
                .Where(p => p.Id == query.Id)
                .Select(p => new { p.Id, p.Kind, p.Number, p.Date, p.Issuer, p.Level, p.Locality, p.Title })
                .FirstOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return null;
            }

            var parents = await db.DocumentReferences.AsNoTracking().Where(r => r.PlanId == plan.Id).OrderBy(r => r.Order)
                .Select(r => r.Number).ToListAsync(cancellationToken);
            var parentKeys = parents.Select(n => n.Key).ToList();
            var loaded = await db.VisiblePlans(user.Scope).Where(p => p.NumberKey != null && parentKeys.Contains(p.NumberKey))
                .Select(p => new { p.Id, p.NumberKey }).ToListAsync(cancellationToken);

            // Withdrawn targets (dropped by a newer version of the plan) are no longer the plan's.
            var targets = (await indicators.ForTargetsAsync(db.Targets.AsNoTracking().Where(t => t.PlanId == plan.Id), null, cancellationToken))
                .Select(t => new { Year = t.Horizon, Item = new TargetItem(t.TargetId, t.Text, t.Value, t.Max, t.Unit, t.RelativeTo, t.Progress.State, t.Progress.Latest, t.Progress.Share) })
                .ToList();
            var duties = await db.ReportingDuties.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderBy(d => d.Order)
                .Select(d => new Duty(d.Frequency, d.Due, d.Recipient)).ToListAsync(cancellationToken);

            var taskRows = await db.VisibleTasks(user.Scope).Where(t => t.PlanId == plan.Id && t.WithdrawnAt == null).OrderBy(t => t.Order)
                .Select(t => new { t.Id, t.Ref, t.Group, t.Title, t.Timeframe.Text, t.Timeframe.Kind, t.Timeframe.Due, t.Product })
                .ToListAsync(cancellationToken);
            var assignments = (await Agencies.HeldAgencies.RowsAsync(db, taskRows.Select(t => t.Id), cancellationToken)).ToLookup(a => a.TaskId);
            var tasks = taskRows.Select(t => new { t.Id, t.Ref, t.Group, t.Title, t.Text, t.Kind, t.Due, t.Product, Assignments = assignments[t.Id].ToList() }).ToList();
            var held = await Agencies.HeldAgencies.NamerAsync(db, tasks.SelectMany(t => t.Assignments), cancellationToken);

            // The register's agencies as it links them: each holder once, with the name the plan printed.
            var agencies = tasks.SelectMany(t => t.Assignments)
                .GroupBy(a => a.HolderId)
                .Select(g => held(g.First()))
                .OrderBy(a => a.Shown, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
                .ToList();

            var products = await Reports.ProductStanding.LatestByTaskAsync(db, tasks.Select(t => t.Id).ToList(), cancellationToken);
            var year = Data.Notifications.VietnamTime.Today(clock).Year;
            var reporting = await links.ReportingLocalitiesAsync(plan.Id, year, cancellationToken);
            var shown = tasks
                .Where(t => query.AgencyId is null || t.Assignments.Any(a => a.AgencyId == query.AgencyId || a.HolderId == query.AgencyId))
                .Where(t => query.TimeframeKind is null || t.Kind == query.TimeframeKind)
                .Where(t => !query.MissingProducts || Core.Reports.IssuedProducts.NamesIssuedDocument(t.Product) && !products.ContainsKey(t.Id))
                .ToList();

            var groups = new List<TaskGroup>();
            foreach (var task in shown)
            {
                var item = new TaskItem(task.Id, task.Ref, task.Title,
                    task.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(held).ToList(),
                    task.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(held).ToList(),
                    task.Text, task.Kind, task.Due, task.Product,
                    Core.Reports.IssuedProducts.NamesIssuedDocument(task.Product), products.GetValueOrDefault(task.Id),
                    reporting.TryGetValue(task.Id, out var localities) ? localities : null);

                // Rows keep the plan's order; a new group starts where the printed group changes.
                if (groups.Count == 0 || groups[^1].Name != task.Group)
                {
                    groups.Add(new TaskGroup(task.Group, new List<TaskItem> { item }));
                }
                else
                {
                    ((List<TaskItem>)groups[^1].Tasks).Add(item);
                }
            }

            return new Result(plan.Id, plan.Kind, plan.Number, plan.Date, plan.Issuer, plan.Level, plan.Locality, plan.Title,
                parents.Select(n => new Parent(n.Text, loaded.FirstOrDefault(l => l.NumberKey == n.Key)?.Id)).ToList(),
                targets.GroupBy(t => t.Year).OrderBy(g => g.Key).Select(g => new Horizon(g.Key, g.Select(t => t.Item).ToList())).ToList(),
                duties,
                groups,
                tasks.Count,
                shown.Count,
                agencies,
                year);
        }
    }
}
