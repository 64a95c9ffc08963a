using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Readers;

/// <summary>
/// One appendix with merged cells (merged-cells.docx, and the same printed to PDF with a full
/// grid): both readers must give the same table.
/// </summary>
public sealed class MergedCellsTests
{
    /// <summary>Each row as its cells, "^" marking a cell merged from above and "&lt;n&gt;" a span of n columns.</summary>
    private static readonly string[] Expected =
    [
        "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
        "I | <4>Nâng cao nhận thức về công nghệ sinh học",
        "1 | Tuyên truyền, phổ biến Nghị quyết số 36-NQ/TW đến cán bộ, đảng viên và nhân dân | Sở Khoa học và Công nghệ | Sở Thông tin và Truyền thông | Hàng năm",
        "2 | Biên soạn tài liệu giới thiệu thành tựu công nghệ sinh học | ^Sở Khoa học và Công nghệ | Đài Phát thanh và Truyền hình | ^Hàng năm",
        "3 | Tổ chức hội thảo chuyên đề về ứng dụng công nghệ sinh học trong nông nghiệp | ^Sở Khoa học và Công nghệ | Sở Nông nghiệp và Phát triển nông thôn - Hội Nông dân tỉnh | 2025",
        "II | <4>Phát triển nguồn nhân lực",
        "1 | Đào tạo nhân lực công nghệ sinh học trình độ cao | Sở Nội vụ | Các trường đại học; các cơ quan, đơn vị liên quan | 2024-2030",
    ];

    [Theory]
    [InlineData("merged-cells.docx")]
    [InlineData("merged-cells.pdf")]
    public void MergedDownCellsApplyToEachRowAndGroupHeadingsSpanTheTable(string file)
    {
        var table = Assert.Single(Fixtures.ReadDocument(file).Blocks.OfType<Table>());

        Assert.Equal(Expected, table.Rows.Select(Describe));
        Assert.True(table.Rows[0].IsHeader);
    }

    [Fact]
    public void LinesOfACellStaySeparate()
    {
        var table = Assert.Single(Fixtures.ReadDocument("merged-cells.docx").Blocks.OfType<Table>());

        Assert.Equal("Sở Nông nghiệp và Phát triển nông thôn\n- Hội Nông dân tỉnh", table.Rows[4].Cells[3].Text);
    }

    private static string Describe(TableRow row) => string.Join(" | ", row.Cells.Select(c =>
        (c.MergedFromAbove ? "^" : string.Empty) + (c.ColumnSpan > 1 ? $"<{c.ColumnSpan}>" : string.Empty) + SeedTables.Fold(c.Text)));
}
