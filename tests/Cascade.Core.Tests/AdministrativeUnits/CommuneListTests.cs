using Cascade.Core.AdministrativeUnits;

namespace Cascade.Core.Tests.AdministrativeUnits;

public sealed class CommuneListTests
{
    private static readonly IReadOnlySet<string> Provinces = new HashSet<string> { "31", "86" };

    [Fact]
    public void TheOfficialColumnsGiveCommunesWardsAndSpecialZones()
    {
        var text = """
            Mã,Tên,Mã tỉnh,Loại
            29551,Phường Thanh Đức,86,phường
            28903,Xã Càng Long,86,Xã
            11935,"Đặc khu Cát Hải",31,đặc khu
            """;

        var result = CommuneList.Parse(text, Provinces);

        Assert.Empty(result.Errors);
        Assert.Equal(
            [("29551", "Thanh Đức", "86", AdministrativeUnitKind.Ward), ("28903", "Càng Long", "86", AdministrativeUnitKind.Commune), ("11935", "Cát Hải", "31", AdministrativeUnitKind.SpecialZone)],
            result.Rows.Select(r => (r.Code, r.Name, r.ProvinceCode, r.Kind)));
    }

    [Fact]
    public void EachBadLineGetsItsOwnErrorAndTheGoodLinesAreKept()
    {
        var text = """
            29551,Phường Thanh Đức,86,phường
            2955,Phường Long Châu,86,phường
            29578,Phường Phước Hậu,84,phường
            29579,Phường Tân Ngãi,86,thị trấn
            29551,Phường Trùng Mã,86,phường
            29580,Phường Thiếu Cột,86
            29581,,86,xã
            """;

        var result = CommuneList.Parse(text, Provinces);

        Assert.Equal(["29551"], result.Rows.Select(r => r.Code));
        Assert.Equal([2, 3, 4, 5, 6, 7], result.Errors.Select(e => e.Line));
        Assert.Contains("5 chữ số", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("mã tỉnh “84”", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("xã, phường hoặc đặc khu", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("đã có ở dòng 1", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("cần 4 cột", result.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("thiếu tên", result.Errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentsAndBlankLinesAreSkipped()
    {
        var result = CommuneList.Parse("# mẫu\n\n29551,Thanh Đức,86,phuong\r\n", Provinces);

        Assert.Empty(result.Errors);
        Assert.Equal(AdministrativeUnitKind.Ward, Assert.Single(result.Rows).Kind);
    }
}
