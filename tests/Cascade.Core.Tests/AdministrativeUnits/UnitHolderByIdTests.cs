using Cascade.Core.AdministrativeUnits;

namespace Cascade.Core.Tests.AdministrativeUnits;

public sealed class UnitHolderByIdTests
{
    private static readonly DateOnly Merger = new(2025, 7, 1);
    private const int TraVinh = 84, BenTre = 83, VinhLongOld = 86, VinhLong = 186, HaiPhong = 31;

    private static readonly UnitSuccessionStep[] Successions =
    [
        new(TraVinh, VinhLong, Merger),
        new(BenTre, VinhLong, Merger),
        new(VinhLongOld, VinhLong, Merger),
    ];

    [Fact]
    public void APlanOfAMergedProvinceCountsForTheProvinceThatTookItOver() =>
        Assert.Equal(VinhLong, UnitTimeline.HolderResolver(Successions, new DateOnly(2026, 11, 25))(TraVinh));

    [Fact]
    public void BeforeTheMergerItCountsForItsOwnProvince() =>
        Assert.Equal(TraVinh, UnitTimeline.HolderResolver(Successions, new DateOnly(2025, 6, 30))(TraVinh));

    [Fact]
    public void AProvinceNotMergedIsItself() =>
        Assert.Equal(HaiPhong, UnitTimeline.HolderResolver(Successions, new DateOnly(2026, 11, 25))(HaiPhong));

    [Fact]
    public void SuccessionsAreFollowedThroughEveryMerger()
    {
        UnitSuccessionStep[] chain = [new(1, 2, new DateOnly(2020, 1, 1)), new(2, 3, Merger), new(3, 1, new DateOnly(2030, 1, 1))];

        Assert.Equal(3, UnitTimeline.HolderResolver(chain, new DateOnly(2026, 1, 1))(1));
        Assert.Equal(1, UnitTimeline.HolderResolver(chain, new DateOnly(2019, 1, 1))(1));
    }

    [Fact]
    public void ALoopOfSuccessionsEnds()
    {
        UnitSuccessionStep[] loop = [new(1, 2, Merger), new(2, 3, Merger), new(3, 1, Merger)];

        Assert.Equal(3, UnitTimeline.HolderResolver(loop, new DateOnly(2026, 1, 1))(1));
    }
}
