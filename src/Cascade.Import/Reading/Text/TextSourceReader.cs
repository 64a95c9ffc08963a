namespace Cascade.Import.Reading.Text;

/// <summary>
/// Reads plain text and Markdown exports of a plan into paragraphs and tables: Markdown headings
/// and bold runs, pipe tables (pieces cut by page breaks joined), tab-separated tables, and text
/// extracted from PDF (hard line breaks, page numbers, running headers, tables printed one cell
/// per line).
/// </summary>
public static class TextSourceReader
{
    /// <summary>Texts longer than this are read only up to it; no plan comes near it.</summary>
    public const int MaxLength = 5_000_000;

    public static SourceDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadLayout(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Every pattern has a time limit against hostile input; past it the text is kept line by line.
            var paragraphs = text.Split('\n').Select(l => Cascade.Core.Text.VietnameseText.Clean(l)).Where(l => l.Length > 0).Select(l => (Block)new Paragraph(l));
            return new SourceDocument(paragraphs.ToList(), [new ImportWarning("text-layout-unread", "The layout of the text could not be read in time; it was kept line by line.")]);
        }
    }

    private static SourceDocument ReadLayout(string text)
    {
        var warnings = new List<ImportWarning>();
        if (text.Length > MaxLength)
        {
            warnings.Add(new ImportWarning("text-truncated", $"The text is longer than {MaxLength} characters; only its beginning was read."));
            text = text[..MaxLength];
        }

        var lines = TextLines.Prepare(text);
        var layout = TextLayout.Measure(lines);
        var blocks = new List<Block>();
        var proseStart = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var start = i;
            Table? table = null;
            if (PipeTableReader.IsRow(lines[i]))
            {
                table = PipeTableReader.Read(lines, ref i, layout);
            }
            else if (TabTableReader.StartsTable(lines, i, layout))
            {
                table = TabTableReader.Read(lines, ref i, layout);
            }
            else if (CellPerLineTableReader.StartsTable(lines, i, out var heading) && heading is not null)
            {
                table = CellPerLineTableReader.Read(lines, ref i, layout, heading);
                warnings.Add(new ImportWarning("table-rebuilt", "A table printed one cell per line was rebuilt from the shapes of its lines; check its rows.", lines[start].Trim()));
            }

            if (table is null)
            {
                i++;
                continue;
            }

            blocks.AddRange(ParagraphBuilder.Build(Slice(lines, proseStart, start), layout));
            if (table.Rows.Count > 0)
            {
                blocks.Add(table);
            }

            proseStart = i = Math.Max(i, start + 1);
        }

        blocks.AddRange(ParagraphBuilder.Build(Slice(lines, proseStart, lines.Count), layout));
        return new SourceDocument(blocks, warnings);
    }

    private static List<string> Slice(List<string> lines, int from, int to) =>
        from >= to ? [] : lines.GetRange(from, to - from);
}
