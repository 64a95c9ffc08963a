using System.Text.RegularExpressions;
using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Readers;

public sealed partial class PdfSourceReaderTests
{
    [Theory]
    [InlineData(Fixtures.Seed000, ".pdf", 5)]
    [InlineData(Fixtures.Seed004, ".pdf", 6)]
    [InlineData(Fixtures.Seed004, ".bordered.pdf", 6)]
    public void AppendixTableSpreadOverPagesComesBackAsOneTableWithTheSeedRows(string seed, string variant, int columns)
    {
        var document = Fixtures.ReadDocument(seed + variant);
        Assert.Empty(document.Warnings);

        var table = SeedTables.TaskTable(document);
        var expected = SeedTables.Rows(seed);
        var rows = SeedTables.DataRows(table);
        Assert.Equal(1, table.Rows.Count(r => r.IsHeader));
        Assert.All(table.Rows, r => Assert.Equal(columns, r.Cells.Count));
        Assert.Equal(expected.Select(r => r[0]), rows.Select(r => r.Cells[0].Text));

        // Wrapped lines come back as '\n' inside the cell; folded, the text is the seed's.
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i][2], SeedTables.Fold(rows[i].Cells[2].Text));
            Assert.Equal(expected[i][^1], SeedTables.Fold(rows[i].Cells[^1].Text));
        }

        Assert.All([2, 7, expected.Count - 1], i => Assert.Equal(expected[i][1], SeedTables.Fold(rows[i].Cells[1].Text)));
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".bordered.pdf")]
    public void HeaderRowReadsAsTheColumnTitles(string variant)
    {
        var table = SeedTables.TaskTable(Fixtures.ReadDocument(Fixtures.Seed004 + variant));

        Assert.Equal(
            ["TT", "Tên đề án, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
            table.Rows[0].Cells.Select(c => SeedTables.Fold(c.Text)));
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".bordered.pdf")]
    public void RowCutByThePageBreakStaysInItsRow(string variant)
    {
        var rows = SeedTables.DataRows(SeedTables.TaskTable(Fixtures.ReadDocument(Fixtures.Seed004 + variant)));

        var row = rows.Single(r => SeedTables.Fold(r.Cells[1].Text).Contains("trong lĩnh vực nông, lâm", StringComparison.Ordinal));
        Assert.EndsWith("thành phố Hải Phòng đến năm 2030, định hướng đến năm 2045", SeedTables.Fold(row.Cells[1].Text), StringComparison.Ordinal);
        Assert.Equal("Sở Nông nghiệp và Phát triển nông thôn", SeedTables.Fold(row.Cells[2].Text));
    }

    [Theory]
    [InlineData(Fixtures.Seed000, "KH 105/KH-UBND - UBND tỉnh Trà Vinh")]
    [InlineData(Fixtures.Seed004, "KH 255/KH-UBND - UBND thành phố Hải Phòng")]
    public void PageNumbersRunningFootersAndTheSignatureBlockAreDropped(string seed, string footer)
    {
        var paragraphs = Fixtures.ReadDocument(seed + ".pdf").Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.DoesNotContain(paragraphs, p => PageNumber().IsMatch(p));
        Assert.DoesNotContain(paragraphs, p => p.Contains(footer, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Nơi nhận", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("CHỦ TỊCH", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Lưu: VT", StringComparison.Ordinal));
    }

    [Fact]
    public void ParagraphsKeepTheirTextAndOrder()
    {
        var paragraphs = Fixtures.ReadDocument(Fixtures.Seed000 + ".pdf").Blocks.OfType<Paragraph>().ToList();

        Assert.Equal("KẾ HOẠCH", paragraphs[0].Text);
        Assert.True(paragraphs[0].IsBold);
        var headings = paragraphs.Select(p => p.Text).Where(t => RomanHeading().IsMatch(t)).ToList();
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ, GIẢI PHÁP", "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"], headings);
        Assert.Contains(paragraphs, p => p.Text.StartsWith("b) Xác định các nội dung, nhiệm vụ, giải pháp chủ yếu", StringComparison.Ordinal)
            && p.Text.EndsWith("của Ban Thường vụ Tỉnh ủy.", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^[\s\-–]*\d{1,3}[\s\-–]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[IVX]+\. \p{Lu}")]
    private static partial Regex RomanHeading();
}
