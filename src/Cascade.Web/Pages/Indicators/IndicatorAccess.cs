using Cascade.Core.Access;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Indicators;

/// <summary>
/// What a user may do with a plan's indicators. Reading: whoever reads the plan, and the reporters
/// of an agency made responsible for one of its indicators. Entering values: the plan's coordinator
/// (or an administrator), and the responsible agency's reporters for that indicator. Setting who is
/// responsible and what is published: the coordinator. Out of scope, the plan is not found.
/// </summary>
public sealed record IndicatorAccess(int PlanId, string PlanName, int? PlanUnitId, bool CanManage, UserScope Scope)
{
    public bool CanEnter(int? responsibleAgencyId) =>
        CanManage || Scope.Role == Role.AgencyReporter && responsibleAgencyId is { } agency && Scope.AgencyIds.Contains(agency);

    public static async Task<IndicatorAccess?> ForPlanAsync(CascadeDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        var scope = user.Scope;
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Id, Name = p.Number != null ? p.Number.Text : p.Issuer, p.AdministrativeUnitId })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var agencies = scope.AgencyIds.ToList();
        var readable = await db.VisiblePlans(scope).AnyAsync(p => p.Id == planId, cancellationToken)
            || scope.Role == Role.AgencyReporter && await db.Targets.AnyAsync(
                t => t.PlanId == planId && t.WithdrawnAt == null && t.ResponsibleAgencyId != null && agencies.Contains(t.ResponsibleAgencyId.Value), cancellationToken);
        return readable ? new IndicatorAccess(plan.Id, plan.Name, plan.AdministrativeUnitId, scope.CanManagePlan(plan.AdministrativeUnitId), scope) : null;
    }

    public static async Task<IndicatorAccess?> ForTargetAsync(CascadeDbContext db, CurrentUser user, int targetId, CancellationToken cancellationToken)
    {
        var planId = await db.Targets.AsNoTracking().Where(t => t.Id == targetId && t.WithdrawnAt == null).Select(t => (int?)t.PlanId).FirstOrDefaultAsync(cancellationToken);
        return planId is { } id ? await ForPlanAsync(db, user, id, cancellationToken) : null;
    }
}
