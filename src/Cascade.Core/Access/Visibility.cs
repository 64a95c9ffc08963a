using System.Linq.Expressions;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Tasks;

namespace Cascade.Core.Access;

/// <summary>
/// The scope's reading rules (<see cref="UserScope.CanReadPlan"/>, <see cref="UserScope.CanReadTask"/>)
/// written as filters, so that a list is narrowed in the database by the same rule that guards one record.
/// </summary>
public static class Visibility
{
    public static Expression<Func<Plan, bool>> Plans(UserScope scope)
    {
        var units = scope.UnitIds.ToList();
        var agencies = scope.AgencyIds.ToList();
        return scope.Role switch
        {
            Role.Administrator or Role.NationalViewer => p => true,
            Role.Coordinator or Role.Leader => p => p.AdministrativeUnitId != null && units.Contains(p.AdministrativeUnitId.Value),
            Role.AgencyReporter => p => p.Tasks.Any(t => t.Assignments.Any(a => agencies.Contains(a.CurrentAgencyId))),
            _ => p => false,
        };
    }

    /// <summary>
    /// Tasks a user reads, given the ids of the plans they read: all tasks of those plans, except for a
    /// reporter, who reads the tasks their agency holds today (named on them, or succeeding the one named).
    /// </summary>
    public static Expression<Func<PlanTask, bool>> Tasks(UserScope scope, IQueryable<int> visiblePlanIds)
    {
        var agencies = scope.AgencyIds.ToList();
        return scope.Role switch
        {
            Role.Administrator or Role.NationalViewer => t => true,
            Role.AgencyReporter => t => t.Assignments.Any(a => agencies.Contains(a.CurrentAgencyId)),
            _ => t => visiblePlanIds.Contains(t.PlanId),
        };
    }

    /// <summary>Agencies: of the user's provinces and the central bodies; a reporter, their own.</summary>
    public static Expression<Func<Agency, bool>> Agencies(UserScope scope)
    {
        var units = scope.UnitIds.ToList();
        var agencies = scope.AgencyIds.ToList();
        return scope.Role switch
        {
            Role.Administrator or Role.NationalViewer => a => true,
            Role.Coordinator or Role.Leader => a => a.AdministrativeUnitId == null || units.Contains(a.AdministrativeUnitId.Value),
            Role.AgencyReporter => a => agencies.Contains(a.Id),
            _ => a => false,
        };
    }
}
