using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Export.ConsolidatedReport;

/// <summary>How a run of text looks: sizes in points, as Decree 30/2020/NĐ-CP gives them.</summary>
internal sealed record Look(double Size = WordLayout.BodySize, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public static Look Body { get; } = new();

    public static Look Strong { get; } = new(Bold: true);

    public Look Sized(double size) => this with { Size = size };
}

/// <summary>
/// The page and paragraph rules of Decree 30/2020/NĐ-CP (Appendix I) written as Open XML: A4, the
/// margins, Times New Roman, spacing, and the pieces a report is made of (paragraphs, tables,
/// sections, the page number in the header).
/// </summary>
internal static class WordLayout
{
    public const double BodySize = 14;
    public const double TableSize = 13;
    public const string Font = "Times New Roman";

    // A4 in twentieths of a point; margins at the low end of the decree's ranges (top and bottom
    // 20–25 mm, left 30–35 mm, right 15–20 mm), rounded up so that none falls below its range.
    public const int A4Width = 11906;
    public const int A4Height = 16838;
    public const int MarginTop = 1134;     // 20.0 mm
    public const int MarginBottom = 1134;  // 20.0 mm
    public const int MarginLeft = 1701;    // 30.0 mm
    public const int MarginRight = 851;    // 15.0 mm
    public const int HeaderDistance = 567; // 10 mm: the page number sits in the top margin

    public const int PortraitText = A4Width - MarginLeft - MarginRight;
    public const int LandscapeText = A4Height - MarginLeft - MarginRight;

    /// <summary>Spacing after a body paragraph (6 pt) and its line spacing (1.2 lines).</summary>
    public const int ParagraphAfter = 120;
    public const int LineSpacing = 288;

    /// <summary>A first-line indent of 1.27 cm, within the decree's 1–1.27 cm.</summary>
    public const int FirstLineIndent = 720;

    public static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(),
                    new FontSize { Val = HalfPoints(BodySize) },
                    new FontSizeComplexScript { Val = HalfPoints(BodySize) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = Twips(ParagraphAfter), Line = Twips(LineSpacing), LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        styles.Styles.Save();
    }

    public static RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };

    /// <summary>The header of every page but the first: the page number, centred.</summary>
    public static string AddPageNumberHeader(MainDocumentPart main)
    {
        var look = Look.Body;
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new Run(RunProperties(look), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(RunProperties(look), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(RunProperties(look), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(RunProperties(look), new Text("2")),
            new Run(RunProperties(look), new FieldChar { FieldCharType = FieldCharValues.End })));
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    /// <summary>The first page's header: empty, so page 1 carries no number.</summary>
    public static string AddEmptyHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    /// <param name="firstHeaderId">For the first section only: the empty header of page 1 (a title page).</param>
    public static SectionProperties Section(bool landscape, string headerId, string? firstHeaderId = null)
    {
        var section = new SectionProperties();
        section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        if (firstHeaderId is not null)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId });
        }

        section.Append(
            new SectionType { Val = SectionMarkValues.NextPage },
            landscape
                ? new PageSize { Width = A4Height, Height = A4Width, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = A4Width, Height = A4Height },
            new PageMargin
            {
                Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight,
                Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0,
            });
        if (firstHeaderId is not null)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    /// <summary>An empty paragraph that ends a section, the way Word marks a section break.</summary>
    public static Paragraph SectionBreak(SectionProperties section) =>
        new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }, section));

    public static Paragraph Paragraph(string text, Look look, JustificationValues? align = null, int? firstLine = null, int? before = null, int? after = null, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (before is not null || after is not null)
        {
            properties.Append(new SpacingBetweenLines { Before = Twips(before ?? 0), After = Twips(after ?? ParagraphAfter) });
        }

        if (firstLine is { } indent)
        {
            properties.Append(new Indentation { FirstLine = Twips(indent) });
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        // The paragraph mark takes the look too, so that text typed into an empty line (the
        // signer's name) comes out as the block asks.
        properties.Append(new ParagraphMarkRunProperties(RunPropertyElements(look)));
        var paragraph = new Paragraph(properties);
        AppendText(paragraph, text, look);
        return paragraph;
    }

    /// <summary>A justified body paragraph with the first line indented.</summary>
    public static Paragraph Body(string text, Look? look = null) =>
        Paragraph(text, look ?? Look.Body, JustificationValues.Both, FirstLineIndent);

    /// <summary>A heading of the body (I. …, 1. …), kept with what follows it.</summary>
    public static Paragraph Heading(string text) =>
        Paragraph(text, Look.Strong, JustificationValues.Both, FirstLineIndent, keepNext: true);

    /// <summary>Lines of a cell or paragraph: line breaks in the text become breaks, not lost.</summary>
    public static void AppendText(OpenXmlElement paragraph, string text, Look look)
    {
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(RunProperties(look));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
    }

    public static RunProperties RunProperties(Look look) => new(RunPropertyElements(look));

    /// <summary>The run properties in the order the schema requires (b, i, sz, u).</summary>
    private static IEnumerable<OpenXmlElement> RunPropertyElements(Look look)
    {
        if (look.Bold)
        {
            yield return new Bold();
            yield return new BoldComplexScript();
        }

        if (look.Italic)
        {
            yield return new Italic();
            yield return new ItalicComplexScript();
        }

        yield return new FontSize { Val = HalfPoints(look.Size) };
        yield return new FontSizeComplexScript { Val = HalfPoints(look.Size) };
        if (look.Underline)
        {
            yield return new Underline { Val = UnderlineValues.Single };
        }
    }

    /// <summary>A table with fixed column widths; bordered tables repeat their header row on every page.</summary>
    public static Table Table(IReadOnlyList<int> widths, bool bordered)
    {
        var properties = new TableProperties(
            new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa });
        if (bordered)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        return table;
    }

    /// <summary>A row of cells; the header row repeats on every page the table runs onto.</summary>
    public static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> texts, Look look, bool header = false, IReadOnlyList<JustificationValues>? align = null)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }

        for (var i = 0; i < widths.Count; i++)
        {
            var alignment = header ? JustificationValues.Center : align?[i] ?? JustificationValues.Left;
            row.Append(Cell(widths[i], [CellParagraph(texts[i], look, alignment)]));
        }

        return row;
    }

    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, bool centerVertically = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (centerVertically)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A paragraph inside a table: tighter spacing than the body, single lines.</summary>
    public static Paragraph CellParagraph(string text, Look look, JustificationValues align)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "60", After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = align }));
        AppendText(paragraph, text, look);
        return paragraph;
    }

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters pasted into a report), which would make the file unreadable.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\n' or '\t' or '\r') && c is not '\uFFFE' and not '\uFFFF')
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
