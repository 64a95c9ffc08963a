using Cascade.Core.Access;
using Cascade.Core.Tasks;
using Cascade.Data;

namespace Cascade.Web.Pages.Organisations;

/// <summary>
/// The tasks whose applications a user decides, as a filter: the rule of
/// <see cref="Core.Organisations.TaskParticipation.CanDecide"/> written for the database, so the list
/// shows exactly what the decision allows.
/// </summary>
public static class ParticipationScope
{
    public static IQueryable<PlanTask> DecidableTasks(this CascadeDbContext db, UserScope scope)
    {
        var units = scope.UnitIds.ToList();
        var agencies = scope.AgencyIds.ToList();
        return scope.Role switch
        {
            Role.Administrator => db.Tasks,
            Role.Coordinator => db.Tasks.Where(t => db.Plans.Any(p => p.Id == t.PlanId && p.AdministrativeUnitId != null && units.Contains(p.AdministrativeUnitId.Value))),
            Role.AgencyReporter => db.Tasks.Where(t => t.Assignments.Any(a => a.Role == AssignmentRole.Lead && agencies.Contains(a.CurrentAgencyId))),
            _ => db.Tasks.Where(t => false),
        };
    }

    /// <summary>Only those who decide read the applicants' contact details.</summary>
    public static bool DecidesAny(UserScope scope) => scope.Role is Role.Administrator or Role.Coordinator or Role.AgencyReporter;
}
