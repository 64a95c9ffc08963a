using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Import.Tests.Readers;

/// <summary>Small .docx files built with the OpenXML SDK, each showing one thing Word does.</summary>
internal static class TestDocx
{
    /// <summary>
    /// A task table in two pieces (the second repeats the header), with a lead agency merged over
    /// two rows, a group row spanning four columns, a two-paragraph cell and a nested table.
    /// </summary>
    public static byte[] WithMergedCellsAndContinuedTable() => Build(body =>
    {
        body.Append(
            Para("Phụ lục"),
            NewTable(
                Header(),
                Row(Cell("1"), Cell("Nhiệm vụ thứ nhất"), Cell("Sở Khoa học và Công nghệ", merge: MergedCellValues.Restart), Cell(["Sở Tài chính", "- Sở Nội vụ"]), Cell("2024")),
                Row(Cell("2"), Cell("Nhiệm vụ thứ hai"), Cell(string.Empty, merge: MergedCellValues.Continue), NestedTableCell(), Cell("Hàng năm")),
                Row(Cell("II"), Cell("Nhóm nhiệm vụ thứ hai", span: 4))),
            Para(string.Empty),
            NewTable(
                Header(),
                Row(Cell("3"), Cell("Nhiệm vụ thứ ba"), Cell("Sở Y tế"), Cell(string.Empty), Cell("2025"))));
    });

    /// <summary>
    /// Three tables of five columns one after the other: the second goes on from the first without
    /// repeating the header and starts with a second activity under the same number; the third
    /// has a header of its own.
    /// </summary>
    public static byte[] WithTablesThatDoAndDoNotContinue() => Build(body =>
    {
        body.Append(
            NewTable(
                Header(),
                Row(Cell("1"), Cell("Nhiệm vụ thứ nhất"), Cell("Sở Y tế"), Cell(string.Empty), Cell("2024"))),
            Para(string.Empty),
            NewTable(
                Row(Cell(string.Empty), Cell("Hoạt động thứ hai của nhiệm vụ 1"), Cell("Sở Y tế"), Cell(string.Empty), Cell("2025")),
                Row(Cell("2"), Cell("Nhiệm vụ thứ hai"), Cell("Sở Nội vụ"), Cell(string.Empty), Cell("2026"))),
            Para(string.Empty),
            NewTable(
                HeaderOf("STT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030"),
                Row(Cell("1"), Cell("Tỷ lệ đóng góp vào GRDP"), Cell("%"), Cell("5"), Cell("7"))));
    });

    /// <summary>
    /// A table whose header has two rows (titles, then the column numbers (1)..(5) many plans
    /// print, marked as a header row in Word or not), repeated on the second piece; and a
    /// paragraph with hidden text.
    /// </summary>
    public static byte[] WithTwoRowHeaderRepeatedAndHiddenText(bool numbersMarkedAsHeader = true) => Build(body =>
    {
        var numbers = numbersMarkedAsHeader
            ? HeaderOf("(1)", "(2)", "(3)", "(4)", "(5)")
            : Row(Cell("(1)"), Cell("(2)"), Cell("(3)"), Cell("(4)"), Cell("(5)"));
        body.Append(
            new Paragraph(new Run(new W.Text("Nội dung ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new RunProperties(new Vanish()), new W.Text("ẩn ")), new Run(new W.Text("hiện"))),
            NewTable(
                Header(),
                numbers,
                Row(Cell("1"), Cell("Nhiệm vụ thứ nhất"), Cell("Sở Y tế"), Cell(string.Empty), Cell("2024"))),
            Para(string.Empty),
            NewTable(
                Header(),
                (TableRow)numbers.CloneNode(true),
                Row(Cell("2"), Cell("Nhiệm vụ thứ hai"), Cell("Sở Nội vụ"), Cell(string.Empty), Cell("2025"))));
    });

    /// <summary>Roman headings (Heading 1 style), decimal items, lettered sub-items and a bullet.</summary>
    public static byte[] WithNumberedHeadings() => Build(body =>
    {
        body.Append(
            Numbered("MỤC ĐÍCH, YÊU CẦU", numId: 1, level: 0, style: "Heading1"),
            Numbered("Mục đích", numId: 1, level: 1),
            Numbered("Quán triệt", numId: 1, level: 2),
            Numbered("Tuyên truyền", numId: 1, level: 2),
            Numbered("Yêu cầu", numId: 1, level: 1),
            Numbered("MỤC TIÊU", numId: 1, level: 0, style: "Heading1"),
            Numbered("Mục tiêu chung", numId: 1, level: 1),
            Numbered("Một ý", numId: 2, level: 0));
    });

    private static byte[] Build(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            AddStyles(main);
            AddNumbering(main);
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(
                new StyleName { Val = "heading 1" },
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.UpperRoman, "%1."),
                Level(1, NumberFormatValues.Decimal, "%2."),
                Level(2, NumberFormatValues.LowerLetter, "%3)"))
            { AbstractNumberId = 10 },
            new AbstractNum(Level(0, NumberFormatValues.Bullet, "\u2022")) { AbstractNumberId = 20 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static Paragraph Para(string text) => new(new Run(new W.Text(text)));

    private static Paragraph Numbered(string text, int numId, int level, string? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        return new Paragraph(properties, new Run(new W.Text(text)));
    }

    private static Table NewTable(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
            new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1800" })));
        table.Append(rows);
        return table;
    }

    private static TableRow Header() => HeaderOf("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian");

    private static TableRow HeaderOf(params string[] titles)
    {
        var row = Row(titles.Select(t => Cell(t)).ToArray());
        row.PrependChild(new TableRowProperties(new TableHeader()));
        return row;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, MergedCellValues? merge = null, int span = 1) => Cell([text], merge, span);

    private static TableCell Cell(string[] paragraphs, MergedCellValues? merge = null, int span = 1)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs.Select(Para));
        return cell;
    }

    private static TableCell NestedTableCell()
    {
        var nested = new Table(
            new TableRow(Cell("Bảng con A"), Cell("Bảng con B")),
            new TableRow(Cell("Bảng con C"), Cell(string.Empty)));

        // A cell must end with a paragraph.
        return new TableCell(nested, new Paragraph());
    }
}
