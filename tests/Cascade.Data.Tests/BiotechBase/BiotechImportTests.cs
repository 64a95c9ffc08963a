using Cascade.Core.AdministrativeUnits;
using Cascade.Core.BiotechBase;
using Cascade.Core.Tasks;
using Cascade.Data.BiotechBase;
using Cascade.Testing;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.BiotechBase;

/// <summary>A province's biotechnology base loaded from a workbook: all rows or none, with every bad row named.</summary>
public sealed class BiotechImportTests
{
    /// <summary>A workbook as a coordinator fills it: the template's header, then the rows given (null leaves a cell empty).</summary>
    private static MemoryStream Workbook(params object?[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(BiotechWorkbook.Template()));
        var sheet = workbook.Worksheet(1);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    // A number pasted over the template's text column arrives as a number, as from another sheet.
                    var cell = sheet.Cell(r + 2, c + 1);
                    if (value is double)
                    {
                        cell.Style.NumberFormat.NumberFormatId = 0;
                    }

                    cell.Value = value;
                }
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static async Task<int> ProvinceAsync(CascadeDbContext db, CancellationToken ct)
    {
        var unit = new AdministrativeUnit("84", "Trà Vinh", AdministrativeUnitKind.Province);
        db.AdministrativeUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AGoodWorkbookIsSavedAndLoadingItAgainUpdatesInsteadOfAddingTwice(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var province = await ProvinceAsync(db, ct);
        object?[][] rows =
        [
            ["Doanh nghiệp", "Nông nghiệp", "Công ty CP Giống cây trồng Trà Vinh", 101234567d, null, 2019d, "Nuôi cấy mô dừa sáp", "Đang hoạt động"],
            ["doanh nghiep", "thủy sản", "Công ty TNHH Tôm giống Duyên Hải", "2100765432", null, null, null, null],
            ["Sản phẩm", "Y tế", "Bộ xét nghiệm nhanh", null, "Công ty Dược Cửu Long", 2024d, null, "Đang hoạt động"],
            [],
            ["Đề tài", "Môi trường", "Xử lý chất thải chăn nuôi bằng chế phẩm vi sinh", "ĐT-2024-03", "Trường Đại học Trà Vinh", 2024d, null, "Đã hoàn thành"],
        ];

        var first = await new BiotechImport(db, TimeProvider.System).ImportAsync(province, Workbook(rows), ct);

        Assert.True(first.Saved, $"{first.Reading.Problem}: {string.Join("; ", first.Reading.Errors)}");
        Assert.Equal((4, 0), (first.Added, first.Updated));
        var saved = await db.BiotechEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(["0101234567", "2100765432", null, "ĐT-2024-03"], saved.Select(e => e.Code));
        Assert.Equal([Sector.Agriculture, Sector.Agriculture, Sector.Health, Sector.Environment], saved.Select(e => e.Sector));
        Assert.Equal(BiotechEntryStatus.Completed, saved[3].Status);
        Assert.All(saved, e => Assert.Equal(province, e.AdministrativeUnitId));

        rows[1][7] = "Ngừng hoạt động";
        await using var again = database.CreateContext();
        var second = await new BiotechImport(again, TimeProvider.System).ImportAsync(province, Workbook(rows), ct);

        Assert.Equal((0, 4), (second.Added, second.Updated));
        Assert.Equal(4, await again.BiotechEntries.CountAsync(ct));
        Assert.Equal(1, await new BiotechImport(again, TimeProvider.System).CountAsync(province, BiotechEntryKind.Enterprise, 2026, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWorkbookWithBadRowsSavesNothingAndNamesEachRowAndColumn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        var province = await ProvinceAsync(db, ct);

        var outcome = await new BiotechImport(db, TimeProvider.System).ImportAsync(province, Workbook(
            ["Doanh nghiệp", "Nông nghiệp", "Công ty CP Giống cây trồng Trà Vinh", "2100123456", null, 2019d, null, null],
            ["Nhà máy", "Nông nghiệp", "Nhà máy chế biến", null, null, null, null, null],
            ["Phòng thí nghiệm", "Vũ trụ", null, null, null, "năm ngoái", null, null],
            ["Doanh nghiệp", "Y tế", "Công ty khác tên", "2100123456", null, null, null, null],
            ["Sản phẩm", "Y tế", "Bộ xét nghiệm nhanh", null, null, 2024d, null, "Tạm nghỉ"]), ct);

        Assert.False(outcome.Saved);
        Assert.Equal(
            [(3, BiotechColumn.Kind, (int?)null), (4, BiotechColumn.Sector, null), (4, BiotechColumn.Name, null), (4, BiotechColumn.Year, null), (5, BiotechColumn.Name, 2), (6, BiotechColumn.Status, null)],
            outcome.Reading.Errors.Select(e => (e.Row, e.Error.Column, e.SameAsRow)));
        Assert.Equal(BiotechError.Duplicate, outcome.Reading.Errors[4].Error);
        Assert.Equal(0, await db.BiotechEntries.CountAsync(ct));
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsSaidSo() =>
        Assert.Equal(WorkbookProblem.NotAWorkbook, BiotechWorkbook.Read(new MemoryStream("TT,Tên\n1,Công ty"u8.ToArray())).Problem);

    [Fact]
    public void TheEmptyTemplateHasNoRowsAndASheetWithoutTheColumnsIsRefused()
    {
        Assert.Equal(WorkbookProblem.NoRows, BiotechWorkbook.Read(new MemoryStream(BiotechWorkbook.Template())).Problem);

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        sheet.Cell(1, 1).Value = "STT";
        sheet.Cell(1, 2).Value = "Tên doanh nghiệp";
        sheet.Cell(2, 1).Value = 1;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var reading = BiotechWorkbook.Read(stream);

        Assert.Equal(WorkbookProblem.MissingColumns, reading.Problem);
        Assert.Equal([BiotechColumn.Kind], reading.MissingColumns);
    }

    [Fact]
    public void ColumnsAreFoundByTheirHeaderInAnyOrder()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("DN");
        sheet.Cell(1, 1).Value = "Tên";
        sheet.Cell(1, 2).Value = "loai";
        sheet.Cell(1, 3).Value = "Năm thành lập";
        sheet.Cell(2, 1).Value = "Công ty Nấm Cửu Long";
        sheet.Cell(2, 2).Value = "Doanh nghiệp";
        sheet.Cell(2, 3).Value = 2021;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var reading = BiotechWorkbook.Read(stream);

        Assert.True(reading.IsValid);
        Assert.Equal(new BiotechEntryValues(BiotechEntryKind.Enterprise, Sector.General, "Công ty Nấm Cửu Long", null, null, 2021, null, BiotechEntryStatus.Active), reading.Rows.Single().Values);
    }
}
