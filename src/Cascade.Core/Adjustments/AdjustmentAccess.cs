using Cascade.Core.Access;

namespace Cascade.Core.Adjustments;

/// <summary>Who may act on a plan's adjustments: the agencies holding its tasks propose, its province's coordinator consolidates.</summary>
public static class AdjustmentAccess
{
    /// <summary>
    /// The agency a reporter proposes for: one of theirs that holds a task of the plan today
    /// (<paramref name="agenciesHoldingTasks"/>: the plan's assignments' current agencies); null when none does.
    /// </summary>
    public static int? ProposingAgency(UserScope scope, IEnumerable<int> agenciesHoldingTasks)
    {
        if (scope.Role != Role.AgencyReporter)
        {
            return null;
        }

        var holders = agenciesHoldingTasks.ToHashSet();
        return scope.AgencyIds.Order().Cast<int?>().FirstOrDefault(a => holders.Contains(a!.Value));
    }

    /// <summary>Accepting, declining and recording the decision: the plan's province's coordinator, or an administrator.</summary>
    public static bool CanConsolidate(UserScope scope, int? planUnitId) => scope.CanManagePlan(planUnitId);

    /// <summary>Withdrawing: a reporter of the agency that proposed.</summary>
    public static bool CanWithdraw(UserScope scope, AdjustmentProposal proposal) =>
        scope.Role == Role.AgencyReporter && scope.AgencyIds.Contains(proposal.ProposedByAgencyId);
}
