using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>Snapshots follow their plan: read by whoever reads the plan, taken by the plan's coordinator; otherwise not found.</summary>
public sealed record SnapshotAccess(int PlanId, string PlanName, bool CanTake)
{
    public static async Task<SnapshotAccess?> ForPlanAsync(CascadeDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlans(user.Scope).Where(p => p.Id == planId)
            .Select(p => new { p.Id, Name = p.Number != null ? p.Number.Text : p.Issuer, p.AdministrativeUnitId })
            .FirstOrDefaultAsync(cancellationToken);
        return plan is null ? null : new SnapshotAccess(plan.Id, plan.Name, user.Scope.CanManagePlan(plan.AdministrativeUnitId));
    }
}
