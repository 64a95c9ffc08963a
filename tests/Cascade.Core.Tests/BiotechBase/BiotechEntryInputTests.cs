using Cascade.Core.BiotechBase;
using Cascade.Core.Tasks;

namespace Cascade.Core.Tests.BiotechBase;

public sealed class BiotechEntryInputTests
{
    private static BiotechEntryInput Enterprise() => new(
        "Doanh nghiệp", "Nông nghiệp", "Công ty CP Giống cây trồng Trà Vinh", "2100123456", null, "2019", "Nhân giống cây dừa sáp bằng nuôi cấy mô.", "Đang hoạt động");

    [Fact]
    public void ACompleteRowIsRead()
    {
        var (values, errors) = Enterprise().Read();

        Assert.Empty(errors);
        Assert.Equal(new BiotechEntryValues(BiotechEntryKind.Enterprise, Sector.Agriculture, "Công ty CP Giống cây trồng Trà Vinh", "2100123456", null, 2019,
            "Nhân giống cây dừa sáp bằng nuôi cấy mô.", BiotechEntryStatus.Active), values);
    }

    [Theory]
    [InlineData("doanh nghiep", BiotechEntryKind.Enterprise)]
    [InlineData("SẢN PHẨM", BiotechEntryKind.Product)]
    [InlineData("Phòng thí nghiệm", BiotechEntryKind.Laboratory)]
    [InlineData("Đề tài", BiotechEntryKind.Project)]
    [InlineData("Đề tài, dự án", BiotechEntryKind.Project)]
    public void KindsAreReadWithOrWithoutAccents(string typed, BiotechEntryKind kind) =>
        Assert.Equal(kind, BiotechLabels.ParseKind(typed));

    [Theory]
    [InlineData("Y tế", Sector.Health)]
    [InlineData("thủy sản", Sector.Agriculture)]
    [InlineData("Dược liệu", Sector.Health)]
    [InlineData("Quốc phòng, an ninh", Sector.DefenceAndSecurity)]
    [InlineData("Chung", Sector.General)]
    public void SectorsAreReadFromTheirLabelOrTheFieldsWords(string typed, Sector sector) =>
        Assert.Equal(sector, BiotechLabels.ParseSector(typed));

    [Fact]
    public void EmptySectorAndStatusMeanGeneralAndActive()
    {
        var (values, _) = (Enterprise() with { Sector = "", Status = null }).Read();

        Assert.Equal(Sector.General, values!.Sector);
        Assert.Equal(BiotechEntryStatus.Active, values.Status);
    }

    [Fact]
    public void EveryBadColumnOfARowIsNamed()
    {
        var (values, errors) = new BiotechEntryInput("Nhà máy", "Vũ trụ", "", null, null, "năm ngoái", null, "Tạm dừng hẳn").Read();

        Assert.Null(values);
        Assert.Equal([BiotechColumn.Kind, BiotechColumn.Sector, BiotechColumn.Name, BiotechColumn.Year, BiotechColumn.Status], errors.Select(e => e.Column));
    }

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("2024.0", 2024)]
    [InlineData(" 1998 ", 1998)]
    public void AYearCellIsReadAsAWholeYear(string cell, int year) =>
        Assert.Equal(year, (Enterprise() with { Year = cell }).Read().Values!.Year);

    [Theory]
    [InlineData("2024.5")]
    [InlineData("1850")]
    [InlineData("20245")]
    public void AYearOutOfRangeOrNotWholeIsRefused(string cell) =>
        Assert.Equal([BiotechError.BadYear], (Enterprise() with { Year = cell }).Read().Errors);

    [Fact]
    public void AnEnterprisesCodeIsItsTaxCode()
    {
        Assert.Equal("2100123456-001", (Enterprise() with { Code = "2100123456001" }).Read().Values!.Code);
        Assert.Equal([BiotechError.BadTaxCode], (Enterprise() with { Code = "MST-123" }).Read().Errors);
        Assert.Equal("ĐT-2024-03", (Enterprise() with { Kind = "Đề tài", Code = "ĐT-2024-03" }).Read().Values!.Code);
    }

    [Fact]
    public void TheSameEntryIsKnownByItsCodeElseItsName()
    {
        Assert.True(BiotechEntry.AreSame(BiotechEntryKind.Enterprise, "2100123456", "A", BiotechEntryKind.Enterprise, "2100123456", "B"));
        Assert.False(BiotechEntry.AreSame(BiotechEntryKind.Enterprise, "2100123456", "A", BiotechEntryKind.Enterprise, "2100999999", "A"));
        Assert.True(BiotechEntry.AreSame(BiotechEntryKind.Laboratory, null, "Phòng thí nghiệm Sinh học phân tử", BiotechEntryKind.Laboratory, "PTN-01", "phòng thí nghiệm sinh học phân tử."));
        Assert.False(BiotechEntry.AreSame(BiotechEntryKind.Laboratory, null, "A", BiotechEntryKind.Product, null, "A"));
    }
}
