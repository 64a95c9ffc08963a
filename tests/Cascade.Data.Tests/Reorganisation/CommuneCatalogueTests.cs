using Cascade.Core.AdministrativeUnits;
using Cascade.Data.Reorganisation;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Reorganisation;

public sealed class CommuneCatalogueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sample => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Cascade.Data", "DemoData", "communes-sample.csv"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSampleListPutsCommunesUnderTheProvincesInForce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var first = await CommuneCatalogue.LoadAsync(db, Sample, Ct);
        var again = await CommuneCatalogue.LoadAsync(db, Sample, Ct);

        Assert.Equal((13, 0), (first.Added, first.Errors.Count));
        Assert.Equal((0, 13), (again.Added, again.Unchanged));
        var catZone = await db.AdministrativeUnits.SingleAsync(u => u.Code == "11935", Ct);
        var parent = await db.AdministrativeUnits.SingleAsync(u => u.Id == catZone.ParentId, Ct);
        Assert.Equal(("Cát Hải", AdministrativeUnitKind.SpecialZone, "đặc khu Cát Hải"), (catZone.Name, catZone.Kind, catZone.FullName));
        Assert.Equal(("31", "Hải Phòng", (DateOnly?)null), (parent.Code, parent.Name, parent.ValidTo));
        Assert.Equal(7, await db.AdministrativeUnits.CountAsync(u => u.ParentId == db.AdministrativeUnits.Single(p => p.Code == "86" && p.ValidTo == null).Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ACodeAlreadyStoredUnderAnotherNameIsRefusedNotOverwritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await CommuneCatalogue.LoadAsync(db, Sample, Ct);

        var result = await CommuneCatalogue.LoadAsync(db, "29551,Phường Đổi Tên,86,phường\n99999,Xã Mới,86,xã\n", Ct);

        Assert.Equal(1, result.Added);
        Assert.Contains("phường Thanh Đức", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Thanh Đức", (await db.AdministrativeUnits.SingleAsync(u => u.Code == "29551", Ct)).Name);
    }
}
