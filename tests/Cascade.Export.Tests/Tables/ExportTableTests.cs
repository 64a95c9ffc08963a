using System.Text;
using Cascade.Export.Tables;
using ClosedXML.Excel;

namespace Cascade.Export.Tests.Tables;

public sealed class ExportTableTests
{
    private static readonly ExportTable Table = new(
        "Danh mục nhiệm vụ",
        [new ExportColumn("TT", 8), new ExportColumn("Nội dung", 40), new ExportColumn("Hạn", 12, ColumnKind.Date), new ExportColumn("% hoàn thành", 12, ColumnKind.Number)],
        [
            ["1.2", "=SUM(A1:A2)", new DateOnly(2025, 11, 30), 40],
            ["III.3b", "Sở Y tế, Sở Tài chính\ngiai đoạn 2", null, null],
        ]);

    [Fact]
    public void TheSpreadsheetKeepsTextAsTextDatesAsDatesAndItsHeaderRowFrozen()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Table.ToXlsx()));
        var sheet = workbook.Worksheet("Danh mục nhiệm vụ");

        Assert.Equal(["TT", "Nội dung", "Hạn", "% hoàn thành"], sheet.Row(1).Cells(1, 4).Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("1.2", sheet.Cell(2, 1).GetString());
        Assert.False(sheet.Cell(2, 2).HasFormula);
        Assert.Equal("=SUM(A1:A2)", sheet.Cell(2, 2).GetString());
        Assert.Equal(new DateTime(2025, 11, 30), sheet.Cell(2, 3).GetDateTime());
        Assert.Equal("dd/MM/yyyy", sheet.Cell(2, 3).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 4).DataType);
        Assert.True(sheet.Cell(3, 3).IsEmpty());
        Assert.Equal([8d, 40d, 12d, 12d], Enumerable.Range(1, 4).Select(c => sheet.Column(c).Width));
    }

    [Fact]
    public void TheCsvHasTheSameColumnsWithDatesWrittenDayMonthYear()
    {
        var csv = Encoding.UTF8.GetString(Table.ToCsv()[3..]);

        Assert.Equal("TT,Nội dung,Hạn,% hoàn thành\r\n1.2,=SUM(A1:A2),30/11/2025,40\r\nIII.3b,\"Sở Y tế, Sở Tài chính\ngiai đoạn 2\",,\r\n", csv);
    }

    [Theory]
    [InlineData("BaoCao", "105/KH-UBND", 2025, "docx", "BaoCao_105-KH-UBND_2025.docx")]
    [InlineData("BaoCao", "24-CTr/TU", 2025, "docx", "BaoCao_24-CTr-TU_2025.docx")]
    [InlineData("DanhMucNhiemVu", "12/QĐ-UBND", 2024, "xlsx", "DanhMucNhiemVu_12-QD-UBND_2024.xlsx")]
    [InlineData("BaoCaoKy", null, 2026, "csv", "BaoCaoKy_KeHoach7_2026.csv")]
    public void FileNamesCarryThePlansNumberInAscii(string what, string? number, int year, string extension, string expected) =>
        Assert.Equal(expected, ExportFileName.For(what, number, 7, year, extension));
}
