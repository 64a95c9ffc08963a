using Cascade.Core.Coverage;

namespace Cascade.Core.Tests.Coverage;

public sealed class ProvinceTodayTests
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
        Assert.Equal(VinhLong, ProvinceToday.Of(TraVinh, Successions, new DateOnly(2026, 11, 25)));

    [Fact]
    public void BeforeTheMergerItCountsForItsOwnProvince() =>
        Assert.Equal(TraVinh, ProvinceToday.Of(TraVinh, Successions, new DateOnly(2025, 6, 30)));

    [Fact]
    public void AProvinceNotMergedIsItself() =>
        Assert.Equal(HaiPhong, ProvinceToday.Of(HaiPhong, Successions, new DateOnly(2026, 11, 25)));

    [Fact]
    public void SuccessionsAreFollowedThroughEveryMerger()
    {
        UnitSuccessionStep[] chain = [new(1, 2, new DateOnly(2020, 1, 1)), new(2, 3, Merger), new(3, 1, new DateOnly(2030, 1, 1))];

        Assert.Equal(3, ProvinceToday.Of(1, chain, new DateOnly(2026, 1, 1)));
        Assert.Equal(1, ProvinceToday.Of(1, chain, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void ALoopOfSuccessionsEnds()
    {
        UnitSuccessionStep[] loop = [new(1, 2, Merger), new(2, 3, Merger), new(3, 1, Merger)];

        Assert.Equal(3, ProvinceToday.Of(1, loop, new DateOnly(2026, 1, 1)));
    }
}
