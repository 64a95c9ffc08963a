using Cascade.Core.Agencies;

namespace Cascade.Core.Tests.Agencies;

public sealed class AgencyHolderTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly July1 = new(2025, 7, 1);

    // 1 Sở KH&ĐT Trà Vinh → 2 Sở Tài chính Trà Vinh → 3 Sở Tài chính Vĩnh Long.
    // 4 Sở LĐ-TB&XH → 5 Sở Nội vụ (main), 6 Sở Y tế, 7 Sở GD&ĐT; each → 15, 16, 17 of the new province.
    private static readonly SuccessionLink[] Links =
    [
        new(1, 2, March1, true), new(2, 3, July1, true),
        new(4, 6, March1, false, "bảo trợ xã hội, trẻ em"), new(4, 5, March1, true), new(4, 7, March1, false),
        new(5, 15, July1, true), new(6, 16, July1, true), new(7, 17, July1, true),
    ];

    [Fact]
    public void TheHolderFollowsTheSuccessionsInForceOnTheDay()
    {
        Assert.Equal(1, AgencyHolder.HolderOn(1, new DateOnly(2025, 2, 28), Links));
        Assert.Equal(2, AgencyHolder.HolderOn(1, March1, Links));
        Assert.Equal(3, AgencyHolder.HolderOn(1, new DateOnly(2026, 11, 25), Links));
        Assert.Equal([2, 3], AgencyHolder.ChainOn(1, July1, Links).Select(l => l.SuccessorId));
    }

    [Fact]
    public void WhereTheDutiesSplitTheMainSuccessorHoldsThem() =>
        Assert.Equal(15, AgencyHolder.HolderOn(4, July1, Links));

    [Fact]
    public void EveryShareOfASplitIsACandidateTheMainOneFirst()
    {
        Assert.Equal([15, 16, 17], AgencyHolder.CandidatesOn(4, July1, Links));
        Assert.True(AgencyHolder.SplitsBy(4, July1, Links));
        Assert.False(AgencyHolder.SplitsBy(1, July1, Links));
        Assert.Equal([4], AgencyHolder.CandidatesOn(4, new DateOnly(2025, 1, 1), Links));
    }

    [Fact]
    public void AnAssignmentTheCoordinatorHandedToAShareIsFollowedOnFromThatShare()
    {
        // Picked Sở Y tế (6) for a task while the old province still existed; the merger then moves it to 16.
        Assert.Equal(16, AgencyHolder.Reroute(6, July1, Links));
        Assert.Equal(16, AgencyHolder.Reroute(16, July1, Links));
    }

    [Fact]
    public void ASuccessionLoopDoesNotHangTheRule()
    {
        SuccessionLink[] loop = [new(1, 2, March1, true), new(2, 1, July1, true)];

        Assert.Equal(2, AgencyHolder.HolderOn(1, July1, loop));
    }
}
