using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Readers;

public sealed class DocxSourceReaderTests
{
    [Theory]
    [InlineData(Fixtures.Seed000, 5)]
    [InlineData(Fixtures.Seed004, 6)]
    public void SeedAppendixTableComesBackWholeWithEveryRowAndCell(string seed, int columns)
    {
        var document = Fixtures.ReadDocument(seed + ".docx");

        var table = SeedTables.TaskTable(document);
        var expected = SeedTables.Rows(seed);
        var rows = SeedTables.DataRows(table);
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(1, table.Rows.Count(r => r.IsHeader));
        Assert.All(table.Rows, r => Assert.Equal(columns, r.Cells.Sum(c => c.ColumnSpan)));
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i][0], rows[i].Cells[0].Text);
            Assert.Equal(expected[i][2], SeedTables.Fold(rows[i].Cells[2].Text));
        }
    }

    [Fact]
    public void RowCutByThePageBreakIsJoinedToItsRow()
    {
        var document = Fixtures.ReadDocument(Fixtures.Seed004 + ".docx");

        var row = SeedTables.DataRows(SeedTables.TaskTable(document))
            .Single(r => r.Cells[1].Text.StartsWith("Nghiên cứu, xây dựng Đề án phát triển và ứng dụng công nghệ sinh học trong lĩnh vực nông", StringComparison.Ordinal));
        Assert.EndsWith("thủy sản thành phố Hải Phòng đến năm 2030, định hướng đến năm 2045", row.Cells[1].Text, StringComparison.Ordinal);
        Assert.Equal("Sở Nông nghiệp và Phát triển nông thôn", row.Cells[2].Text);
        Assert.Equal("Các sở, ngành, đơn vị liên quan", row.Cells[3].Text);
    }

    [Fact]
    public void ListParagraphsGetTheirGeneratedLabelsAndHeadingsTheirLevel()
    {
        var paragraphs = Fixtures.ReadDocument(Fixtures.Seed000 + ".docx").Blocks.OfType<Paragraph>().ToList();

        var purpose = paragraphs.Single(p => p.Text.StartsWith("Tổ chức quán triệt, tuyên truyền sâu rộng", StringComparison.Ordinal));
        Assert.Equal("a)", purpose.Label);
        var heading = paragraphs.Single(p => p.Text == "I. MỤC ĐÍCH, YÊU CẦU");
        Assert.NotNull(heading.HeadingLevel);
        Assert.True(heading.IsBold);
    }

    [Fact]
    public void MergedCellsCarryTheirTextAndSpans()
    {
        var table = Assert.Single(Read(TestDocx.WithMergedCellsAndContinuedTable()).Blocks.OfType<Table>());

        Assert.Equal(5, table.Rows.Count);
        Assert.True(table.Rows[0].IsHeader);
        Assert.All(table.Rows, r => Assert.Equal(5, r.Cells.Sum(c => c.ColumnSpan)));

        var first = table.Rows[1];
        Assert.Equal(new TableCell("Sở Khoa học và Công nghệ"), first.Cells[2]);
        Assert.Equal("Sở Tài chính\n- Sở Nội vụ", first.Cells[3].Text);

        var second = table.Rows[2];
        Assert.Equal(new TableCell("Sở Khoa học và Công nghệ", MergedFromAbove: true), second.Cells[2]);
        Assert.Equal("Bảng con A Bảng con B\nBảng con C", second.Cells[3].Text);

        var group = table.Rows[3];
        Assert.Equal(2, group.Cells.Count);
        Assert.Equal(new TableCell("Nhóm nhiệm vụ thứ hai", 4), group.Cells[1]);

        Assert.Equal("3", table.Rows[4].Cells[0].Text);
    }

    [Fact]
    public void TableGoingOnWithoutItsHeaderIsJoinedAndATableWithItsOwnHeaderIsNot()
    {
        var tables = Read(TestDocx.WithTablesThatDoAndDoNotContinue()).Blocks.OfType<Table>().ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["TT", "1", string.Empty, "2"], tables[0].Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("Hoạt động thứ hai của nhiệm vụ 1", tables[0].Rows[2].Cells[1].Text);
        Assert.Equal("STT", tables[1].Rows[0].Cells[0].Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void HeaderOfTwoRowsRepeatedOnTheNextPieceIsDroppedThere(bool numbersMarkedAsHeader)
    {
        var document = Read(TestDocx.WithTwoRowHeaderRepeatedAndHiddenText(numbersMarkedAsHeader));

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(["TT", "(1)", "1", "2"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal([true, true, false, false], table.Rows.Select(r => r.IsHeader));
    }

    [Fact]
    public void HiddenTextIsLeftOut()
    {
        var document = Read(TestDocx.WithTwoRowHeaderRepeatedAndHiddenText());

        Assert.Equal("Nội dung hiện", document.Blocks.OfType<Paragraph>().First().Text);
    }

    [Fact]
    public void NumberingCountersFollowListLevels()
    {
        var paragraphs = Read(TestDocx.WithNumberedHeadings()).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal(["I.", "1.", "a)", "b)", "2.", "II.", "1.", "-"], paragraphs.Select(p => p.Label));
        Assert.Equal(1, paragraphs[0].HeadingLevel);
        Assert.True(paragraphs[0].IsBold);
        Assert.False(paragraphs[2].IsBold);
        Assert.Null(paragraphs[2].HeadingLevel);
    }

    private static SourceDocument Read(byte[] docx)
    {
        var result = SourceReaders.Read(new MemoryStream(docx), "test.docx");
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Document!;
    }
}
