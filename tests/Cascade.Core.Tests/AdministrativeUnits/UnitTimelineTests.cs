using Cascade.Core.AdministrativeUnits;

namespace Cascade.Core.Tests.AdministrativeUnits;

public sealed class UnitTimelineTests
{
    private static readonly DateOnly LastDay = new(2025, 6, 30);

    private static (AdministrativeUnit Old, AdministrativeUnit New) HaiPhong()
    {
        var merged = new AdministrativeUnit("31", "Hải Phòng", AdministrativeUnitKind.Municipality, validFrom: new DateOnly(2025, 7, 1));
        var old = new AdministrativeUnit("31", "Hải Phòng", AdministrativeUnitKind.Municipality);
        old.EndOn(LastDay, merged, "Nghị quyết 202/2025/QH15");
        return (old, merged);
    }

    [Fact]
    public void APlanOf2023NamingHaiPhongBelongsToTheCityBeforeTheMerger()
    {
        var (old, merged) = HaiPhong();

        Assert.Same(old, UnitTimeline.ExistingOn([merged, old], new DateOnly(2023, 9, 27)));
        Assert.Same(merged, UnitTimeline.ExistingOn([old, merged], new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void APlanWithoutADateBelongsToTheUnitInForceToday()
    {
        var (old, merged) = HaiPhong();

        Assert.Same(merged, UnitTimeline.ExistingOn([old, merged], null));
    }

    [Fact]
    public void AProvinceIsPreferredToACommuneOfTheSameName()
    {
        var province = new AdministrativeUnit("84", "Trà Vinh", AdministrativeUnitKind.Province);
        var ward = new AdministrativeUnit("28840", "Trà Vinh", AdministrativeUnitKind.Ward, validFrom: new DateOnly(2025, 7, 1));

        Assert.Same(province, UnitTimeline.ExistingOn([ward, province], new DateOnly(2026, 1, 1)));
        Assert.Null(UnitTimeline.ExistingOn([], null));
    }

    [Fact]
    public void AClosedProvinceIsHeldByItsSuccessorFromTheDayAfterItEnded()
    {
        var vinhLong = new AdministrativeUnit("86", "Vĩnh Long", AdministrativeUnitKind.Province, validFrom: new DateOnly(2025, 7, 1));
        var traVinh = new AdministrativeUnit("84", "Trà Vinh", AdministrativeUnitKind.Province);
        traVinh.EndOn(LastDay, vinhLong, "Nghị quyết 202/2025/QH15");

        Assert.Same(traVinh, UnitTimeline.HolderOn(traVinh, LastDay));
        Assert.Same(vinhLong, UnitTimeline.HolderOn(traVinh, new DateOnly(2025, 7, 1)));
        Assert.Same(vinhLong, UnitTimeline.HolderOn(vinhLong, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void PredecessorsAreFoundThroughEveryMerger()
    {
        // 1 ← 2 ← 3, and 1 ← 4: unit 1 took over 2, 3 and 4.
        var found = UnitTimeline.PredecessorIds(1, [(2, 1), (3, 2), (4, 1), (5, 6)]);

        Assert.Equal([2, 3, 4], found.Order());
        Assert.Empty(UnitTimeline.PredecessorIds(6 + 1, [(2, 1)]));
    }
}
