using Cascade.Core.Access;
using Cascade.Core.Adjustments;

namespace Cascade.Core.Tests.Adjustments;

/// <summary>Who proposes (an agency holding a task of the plan today) and who consolidates (the plan's province).</summary>
public sealed class AdjustmentAccessTests
{
    [Fact]
    public void AReporterProposesForTheirAgencyThatHoldsATaskOfThePlan() =>
        Assert.Equal(12, AdjustmentAccess.ProposingAgency(UserScope.Reporter(4, 12), [12, 30]));

    [Fact]
    public void AReporterWhoseAgencyHoldsNoTaskOfThePlanCannotPropose() =>
        Assert.Null(AdjustmentAccess.ProposingAgency(UserScope.Reporter(4), [12, 30]));

    [Fact]
    public void ACoordinatorDoesNotProposeButConsolidatesTheirProvince()
    {
        Assert.Null(AdjustmentAccess.ProposingAgency(UserScope.Coordinator(84), [12]));
        Assert.True(AdjustmentAccess.CanConsolidate(UserScope.Coordinator(84), 84));
        Assert.False(AdjustmentAccess.CanConsolidate(UserScope.Coordinator(31), 84));
        Assert.False(AdjustmentAccess.CanConsolidate(UserScope.Reporter(12), 84));
    }
}
