using Cascade.Core.AdministrativeUnits;
using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Data.Reorganisation;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Reorganisation;

public sealed class ProvinceCatalogueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void TheCatalogueHas34ProvincesInForceAnd52ThatMergedIntoThem()
    {
        var units = ProvinceCatalogue.Read();

        var current = units.Where(u => u.ValidTo is null).ToList();
        var closed = units.Where(u => u.ValidTo is not null).ToList();
        Assert.Equal(34, current.Count);
        Assert.Equal(34, current.Select(u => u.Code).Distinct().Count());
        Assert.Equal(52, closed.Count);
        Assert.Equal(11, current.Count(u => u.ValidFrom is null));
        Assert.All(closed, u => Assert.Equal(new DateOnly(2025, 6, 30), u.ValidTo));
        Assert.All(closed, u => Assert.Equal("Nghị quyết số 202/2025/QH15 của Quốc hội", Assert.Single(u.Successions).LegalBasis));

        // 63 provinces before: the 11 unchanged and the 52 closed.
        Assert.Equal(63, closed.Count + current.Count(u => u.ValidFrom is null));
    }

    [Theory]
    [InlineData("84", "Trà Vinh", "86", "Vĩnh Long")]
    [InlineData("89", "An Giang", "91", "An Giang")]
    [InlineData("91", "Kiên Giang", "91", "An Giang")]
    [InlineData("31", "Hải Phòng", "31", "Hải Phòng")]
    [InlineData("30", "Hải Dương", "31", "Hải Phòng")]
    [InlineData("64", "Gia Lai", "52", "Gia Lai")]
    public void AClosedProvinceNamesTheNewProvinceItBecamePartOf(string code, string name, string successorCode, string successorName)
    {
        var old = ProvinceCatalogue.Read().Single(u => u.Code == code && u.ValidTo is not null);

        var holder = UnitTimeline.HolderOn(old, new DateOnly(2025, 7, 1));

        Assert.Equal(name, old.Name);
        Assert.Equal((successorCode, successorName, new DateOnly(2025, 7, 1)), (holder.Code, holder.Name, holder.ValidFrom));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedingTwiceStoresTheCatalogueOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var first = await ProvinceCatalogue.SeedAsync(db, Ct);
        var second = await ProvinceCatalogue.SeedAsync(db, Ct);

        Assert.Equal((86, 0), (first, second));
        Assert.Equal(86, await db.AdministrativeUnits.CountAsync(Ct));
        Assert.Equal(52, await db.AdministrativeUnitSuccessions.CountAsync(Ct));
        var loaded = await ProvinceCatalogue.LoadAsync(db, Ct);
        var traVinh = loaded.Single(u => u.Code == "84");
        Assert.Equal("Vĩnh Long", UnitTimeline.HolderOn(traVinh, new DateOnly(2026, 1, 1)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AProvinceStoredBeforeTheCatalogueKnewOfTheMergersIsClosedNotCopied(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var stored = new AdministrativeUnit("84", "Trà Vinh", AdministrativeUnitKind.Province);
        db.AdministrativeUnits.Add(stored);
        await db.SaveChangesAsync(Ct);

        await ProvinceCatalogue.SeedAsync(db, Ct);

        Assert.Single(await db.AdministrativeUnits.Where(u => u.Code == "84").ToListAsync(Ct));
        Assert.Equal(new DateOnly(2025, 6, 30), stored.ValidTo);
        Assert.Equal(86, await db.AdministrativeUnits.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoPlansPointAtTheProvinceThatIssuedThem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        await new DemoDataSeeder(db, TimeProvider.System).SeedIfEmptyAsync(Ct);

        var units = await db.Plans.Where(p => p.Number != null || p.Locality != null)
            .Join(db.AdministrativeUnits, p => p.AdministrativeUnitId, u => u.Id, (p, u) => new { p.Locality, u.Code, u.ValidTo })
            .ToListAsync(Ct);
        Assert.Equal(
            [("An Giang", "89", true), ("Hải Phòng", "31", true), ("Lạng Sơn", "20", false), ("Trà Vinh", "84", true)],
            units.Select(u => (u.Locality!, u.Code, u.ValidTo is not null)).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheUnitOfAPlanIsTheOneThatExistedOnItsDate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await ProvinceCatalogue.SeedAsync(db, Ct);
        var store = new RegisterStore(db, TimeProvider.System);
        var units = await db.AdministrativeUnits.Where(u => u.Name == "An Giang").ToDictionaryAsync(u => u.Code, u => u.Id, Ct);

        Assert.Equal(units["89"], await store.FindUnitIdAsync("An Giang", new DateOnly(2024, 5, 8), Ct));
        Assert.Equal(units["91"], await store.FindUnitIdAsync("An Giang", new DateOnly(2026, 2, 1), Ct));
        Assert.Equal(units["91"], await store.FindUnitIdAsync("an giang", Ct));
        Assert.Null(await store.FindUnitIdAsync("Không Có", Ct));
    }
}
