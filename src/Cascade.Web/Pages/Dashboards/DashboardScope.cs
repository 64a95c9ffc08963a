using Cascade.Core.Access;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Documents;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Reorganisation;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>What a dashboard is about: everything the user reads, a province, a plan, or an agency.</summary>
public enum DashboardKind
{
    National = 0,
    Province = 1,
    Plan = 2,
    Agency = 3,
}

/// <summary>
/// The records a dashboard counts, already narrowed to what the user may read: the plans (for the
/// reporting periods and their names), the tasks (for the statuses) and the targets (for the
/// indicators). They stay queries, so each is read in the database as part of the one that uses it.
/// </summary>
public sealed record DashboardScope(string? Name, IQueryable<int> PlanIds, IQueryable<PlanTask> Tasks, IQueryable<Target> Targets)
{
    /// <summary>A province's code; null for the other dashboards.</summary>
    public string? Code { get; init; }

    /// <summary>How many provinces merged into a province in 2025 (their plans count under it).</summary>
    public int MergedProvinces { get; init; }

    /// <summary>
    /// The scope of a dashboard for the user, or null when there is no such province, plan or
    /// agency, or the user may not read it (the pages answer 404 either way, as for a plan).
    /// </summary>
    public static async Task<DashboardScope?> ResolveAsync(CascadeDbContext db, UserScope user, DashboardKind kind, int? id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case DashboardKind.National:
                return Of(db, null, db.VisiblePlans(user).Select(p => p.Id), db.VisibleTasks(user));

            case DashboardKind.Province when id is { } unitId && CanReadProvince(user, unitId):
            {
                var province = await db.AdministrativeUnits.AsNoTracking()
                    .Where(u => u.Id == unitId && (u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality))
                    .Select(u => new { u.Name, u.Code }).FirstOrDefaultAsync(cancellationToken);
                if (province is null)
                {
                    return null;
                }

                var units = await db.WithPredecessorsAsync(unitId, cancellationToken);
                var planIds = db.PlansOfProvince(units).Where(Visibility.Plans(user)).Select(p => p.Id);
                return Of(db, province.Name, planIds, db.VisibleTasks(user).Where(t => planIds.Contains(t.PlanId))) with
                {
                    Code = province.Code,
                    MergedProvinces = units.Count - 1,
                };
            }

            case DashboardKind.Plan when id is { } planId:
            {
                var plan = await db.VisiblePlans(user).Where(p => p.Id == planId)
                    .Select(p => new { p.Number, p.Issuer }).FirstOrDefaultAsync(cancellationToken);
                return plan is null
                    ? null
                    : Of(db, plan.Number?.Text ?? plan.Issuer, db.Plans.Where(p => p.Id == planId).Select(p => p.Id), db.VisibleTasks(user).Where(t => t.PlanId == planId));
            }

            case DashboardKind.Agency when id is { } agencyId:
            {
                var name = await db.VisibleAgencies(user).Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
                if (name is null)
                {
                    return null;
                }

                // The tasks the agency leads today: named as lead, or handed to it by a reorganisation.
                var tasks = db.VisibleTasks(user).Where(t => t.Assignments.Any(a => a.Role == AssignmentRole.Lead && a.CurrentAgencyId == agencyId));
                var scope = Of(db, name, tasks.Select(t => t.PlanId).Distinct(), tasks);
                return scope with { Targets = scope.Targets.Where(t => t.ResponsibleAgencyId == agencyId) };
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// A province's dashboard is read by those who read the whole province: its coordinators and
    /// leaders, and the national viewers. An agency's reporter reads their agency's dashboard instead.
    /// </summary>
    public static bool CanReadProvince(UserScope user, int unitId) =>
        user.SeesEverything || user.Role is Role.Coordinator or Role.Leader && user.UnitIds.Contains(unitId);

    private static DashboardScope Of(CascadeDbContext db, string? name, IQueryable<int> planIds, IQueryable<PlanTask> tasks) =>
        new(name, planIds, tasks, db.Targets.AsNoTracking().Where(t => planIds.Contains(t.PlanId)));
}

public static class ProvincePlans
{
    /// <summary>
    /// The plans a province's dashboard covers: those filed under the province and under the
    /// provinces merged into it in 2025, each still under its own number.
    /// </summary>
    public static IQueryable<Plan> PlansOfProvince(this CascadeDbContext db, IReadOnlyList<int> unitAndPredecessors) =>
        db.Plans.AsNoTracking().Where(p => p.AdministrativeUnitId != null && unitAndPredecessors.Contains(p.AdministrativeUnitId.Value));
}
