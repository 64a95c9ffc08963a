using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Coverage;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Public;

/// <summary>
/// The coordinator chooses what the province's public page shows: the plan (its task counts by group
/// and status) and which of its indicators. Nothing is public until chosen.
/// </summary>
public static class Publication
{
    public sealed record TargetItem(int Id, int Horizon, string Text, decimal Value, decimal? Max, string Unit, bool IsPublished);

    public sealed record View(int PlanId, string PlanName, string Title, DateTimeOffset? PublishedAt, string? ProvinceCode, IReadOnlyList<TargetItem> Targets);

    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        /// <summary>The plan's publication, when the user manages the plan; <see cref="Outcome.Forbidden"/> when they only read it.</summary>
        public async Task<(Outcome Outcome, View? View)> LoadAsync(int planId, CancellationToken cancellationToken)
        {
            var plan = await db.VisiblePlans(user.Scope).Where(p => p.Id == planId)
                .Select(p => new { p.Id, Name = p.Number != null ? p.Number.Text : p.Issuer, p.Title, p.PublishedAt, p.AdministrativeUnitId })
                .FirstOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return (Outcome.NotFound, null);
            }

            if (!user.Scope.CanManagePlan(plan.AdministrativeUnitId))
            {
                return (Outcome.Forbidden, null);
            }

            var map = await ProvinceMap.LoadAsync(db, clock.Today(), cancellationToken);
            var province = map.ProvinceOf(plan.AdministrativeUnitId) is { } id ? map.Current.FirstOrDefault(p => p.Id == id)?.Code : null;
            var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null).OrderBy(t => t.Order)
                .Select(t => new TargetItem(t.Id, t.Year, t.Text, t.Value, t.Max, t.Unit, t.IsPublished))
                .ToListAsync(cancellationToken);
            return (Outcome.Done, new View(plan.Id, plan.Name, plan.Title, plan.PublishedAt, province, targets));
        }

        /// <summary>Publishes or withdraws the plan and publishes exactly the targets named.</summary>
        public async Task<Outcome> SaveAsync(int planId, bool published, IReadOnlyCollection<int> publishedTargets, CancellationToken cancellationToken)
        {
            var (outcome, _) = await LoadAsync(planId, cancellationToken);
            if (outcome != Outcome.Done)
            {
                return outcome;
            }

            var plan = await db.Plans.Include(p => p.Targets).FirstAsync(p => p.Id == planId, cancellationToken);
            if (published)
            {
                plan.Publish(clock.GetUtcNow());
            }
            else
            {
                plan.Unpublish();
            }

            foreach (var target in plan.Targets)
            {
                target.Publish(publishedTargets.Contains(target.Id));
            }

            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done;
        }
    }
}
