using Cascade.Core.Adjustments;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>
/// A plan as the adjustment pages need it, found only when the user may read it (else nothing: the
/// page answers 404), with what the user may do: propose for one of their agencies that holds a
/// task of the plan today, or consolidate as its province's coordinator.
/// </summary>
public sealed record PlanAccess(int Id, string Name, string Title, int? UnitId, DateOnly? Date, int? ProposingAgencyId, string? ProposingAgencyName, bool CanConsolidate)
{
    public static async Task<PlanAccess?> LoadAsync(CascadeDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlans(user.Scope).Where(p => p.Id == planId)
            .Select(p => new { p.Id, Name = p.Number != null ? p.Number.Text : p.Issuer, p.Title, p.AdministrativeUnitId, p.Date })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var holders = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null)
            .SelectMany(t => t.Assignments).Select(a => a.CurrentAgencyId).Distinct().ToListAsync(cancellationToken);
        var agency = AdjustmentAccess.ProposingAgency(user.Scope, holders);
        var agencyName = agency is null ? null : await db.Agencies.Where(a => a.Id == agency).Select(a => a.Name).FirstAsync(cancellationToken);
        return new PlanAccess(plan.Id, plan.Name, plan.Title, plan.AdministrativeUnitId, plan.Date, agency, agencyName,
            AdjustmentAccess.CanConsolidate(user.Scope, plan.AdministrativeUnitId));
    }
}
