using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Pdf;

/// <summary>Cuts the page-free sequence of lines into paragraphs and tables.</summary>
internal static partial class PdfBlocks
{
    /// <summary>Line spacing is about 1.2 times the font size; a paragraph adds spacing before or after.</summary>
    private const double ParagraphGap = 1.45;

    public static IReadOnlyList<Block> Build(IReadOnlyList<PdfLine> lines, IReadOnlyDictionary<int, PdfRules> rules)
    {
        // Tables first: a table's header may begin above its TT line, on lines that would
        // otherwise be taken for a paragraph.
        var tables = new Dictionary<int, (Table Table, int End)>();
        var searchFrom = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (PdfTables.TryRead(lines, i, searchFrom, rules, out var table, out var start, out var end))
            {
                tables[start] = (table, end);
                searchFrom = end;
                i = end - 1;
            }
        }

        var blocks = new List<Block>();
        var paragraph = new List<PdfLine>();
        for (var i = 0; i < lines.Count;)
        {
            if (tables.TryGetValue(i, out var found))
            {
                Flush(paragraph, blocks);
                blocks.Add(found.Table);
                i = found.End;
                continue;
            }

            if (i < SideBySide.LetterheadLines && lines[i].Page == lines[0].Page && SideBySide.Split(lines[i]) is not null)
            {
                Flush(paragraph, blocks);
                i = SideBySide.Read(lines, i, tables.Keys.Where(k => k > i).DefaultIfEmpty(lines.Count).Min(), blocks, Group);
                continue;
            }

            if (paragraph.Count > 0 && !Continues(paragraph[^1], lines[i]))
            {
                Flush(paragraph, blocks);
            }

            paragraph.Add(lines[i]);
            i++;
        }

        Flush(paragraph, blocks);
        return blocks;
    }

    /// <summary>Lines of one column of text into paragraphs.</summary>
    private static void Group(IReadOnlyList<PdfLine> lines, List<Block> blocks)
    {
        var paragraph = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (paragraph.Count > 0 && !Continues(paragraph[^1], line))
            {
                Flush(paragraph, blocks);
            }

            paragraph.Add(line);
        }

        Flush(paragraph, blocks);
    }

    private static bool Continues(PdfLine previous, PdfLine line)
    {
        if (StartsItem().IsMatch(line.Text) || Math.Abs(previous.FontSize - line.FontSize) > 1.5)
        {
            return false;
        }

        if (previous.Page != line.Page)
        {
            // Across a page break only a sentence cut in the middle goes on.
            var text = line.Text;
            return !EndsSentence().IsMatch(previous.Text) && text.Length > 0 && char.IsLower(text[0]);
        }

        return previous.Baseline - line.Baseline <= ParagraphGap * Math.Max(previous.FontSize, line.FontSize);
    }

    private static void Flush(List<PdfLine> lines, List<Block> blocks)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = PdfLayout.JoinWrapped(lines.Select(l => l.Text), " ");
        var words = lines.SelectMany(l => l.Words).ToList();
        blocks.Add(new Paragraph(text, IsBold: words.Count(w => w.IsBold) * 2 > words.Count));
        lines.Clear();
    }

    /// <summary>A numbered or bulleted item starts a paragraph: "1.", "2.3.", "a)", "IV.", "- ".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[IVXLC]{1,6}\.|[\-–+•])\s", RegexOptions.CultureInvariant)]
    private static partial Regex StartsItem();

    [GeneratedRegex(@"[.:;!?]\s*$")]
    private static partial Regex EndsSentence();
}
