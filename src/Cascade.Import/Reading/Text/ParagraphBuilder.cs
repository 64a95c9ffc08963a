using System.Text;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// Rebuilds paragraphs from printed lines: Markdown headings, bold runs (also run together with
/// no space, as some converters write them), hard line breaks inside paragraphs, paragraphs cut by
/// a page break, and page numbers and running headers between them.
/// </summary>
internal static partial class ParagraphBuilder
{
    private sealed record Segment(string Text, bool Bold, int? Heading, bool BlankBefore, bool StartsLine, int LineLength);

    public static IEnumerable<Paragraph> Build(IReadOnlyList<string> lines, TextLayout layout)
    {
        var segments = new List<Segment>();
        var blankBefore = true;
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            if (LineShapes.IsPageNumber(t) || layout.IsRunningHeader(t))
            {
                continue;
            }

            segments.AddRange(Split(t.Replace(TextLines.CellBreak, ' '), blankBefore));
            blankBefore = false;
        }

        var current = new List<Segment>();
        foreach (var segment in segments)
        {
            if (current.Count > 0 && (Breaks(current[^1], segment, layout) || EndsHeadingItem(current, segment)))
            {
                yield return Make(current);
                current.Clear();
            }

            current.Add(segment);
        }

        if (current.Count > 0)
        {
            yield return Make(current);
        }
    }

    /// <summary>Whether a new paragraph starts between two printed pieces.</summary>
    private static bool Breaks(Segment previous, Segment next, TextLayout layout)
    {
        if (next.Heading is not null || previous.Heading is not null)
        {
            return true;
        }

        if (LineShapes.IsBareMarker(previous.Text) && next.StartsLine && !LineShapes.StartsListItem(next.Text))
        {
            return false;
        }

        var lower = LineShapes.StartsLowercase(next.Text);
        if (LineShapes.IsCapitals(previous.Text) && !LineShapes.IsCapitals(next.Text))
        {
            // A heading in capitals is never cut mid-sentence: "KẾ HOẠCH" / "thực hiện Kế hoạch số ...".
            return true;
        }

        if (!next.StartsLine)
        {
            return !lower;
        }

        if (LineShapes.StartsListItem(next.Text))
        {
            return true;
        }

        if (next.BlankBefore && layout.BlankLinesSeparateParagraphs)
        {
            // A paragraph cut by a page break goes on in lower case.
            return !(lower && !LineShapes.EndsSentence(previous.Text));
        }

        if (lower)
        {
            return false;
        }

        if (previous.Bold != next.Bold)
        {
            return true;
        }

        var capsBefore = LineShapes.IsCapitals(previous.Text);
        if (capsBefore != LineShapes.IsCapitals(next.Text))
        {
            return true;
        }

        if (capsBefore)
        {
            return false;
        }

        return LineShapes.EndsSentence(previous.Text) || previous.LineLength < layout.Width * 0.6;
    }

    /// <summary>
    /// A numbered heading printed on one line ("2.1. Chú trọng ... trong nông nghiệp") followed by
    /// a sentence that starts with a capital: the heading ends at its line.
    /// </summary>
    private static bool EndsHeadingItem(List<Segment> current, Segment next) =>
        current.Count == 1 && next.StartsLine && !LineShapes.IsBareMarker(current[0].Text) && LineShapes.StartsListItem(current[0].Text) && LineShapes.StartsUppercase(next.Text)
        && !LineShapes.EndsSentence(current[0].Text) && !LineShapes.EndsHanging(current[0].Text);

    private static Paragraph Make(List<Segment> segments)
    {
        var text = new StringBuilder();
        foreach (var s in segments)
        {
            Append(text, s.Text);
        }

        return new Paragraph(Cascade.Core.Text.VietnameseText.Clean(text.ToString()), null, segments[0].Heading, segments.All(s => s.Bold));
    }

    /// <summary>Joins a printed line to the text before it; a word broken after a hyphen ("36-" / "NQ/TW") joins without a space.</summary>
    public static void Append(StringBuilder text, string piece)
    {
        piece = piece.Trim();
        if (piece.Length == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            var last = text[^1];
            var secondLast = text.Length > 1 ? text[^2] : ' ';
            if (!(last == '-' && char.IsLetterOrDigit(secondLast)))
            {
                text.Append(' ');
            }
        }

        text.Append(piece);
    }

    /// <summary>Cuts a line where a bold run is glued to the text before or after it.</summary>
    private static IEnumerable<Segment> Split(string line, bool blankBefore)
    {
        int? heading = null;
        var h = Heading().Match(line);
        if (h.Success)
        {
            heading = h.Groups[1].Length;
            line = h.Groups[2].Value;
        }

        var pieces = new List<(string Text, bool Bold, bool Glued)>();
        var pos = 0;
        foreach (Match m in BoldRun().Matches(line))
        {
            if (m.Index > pos)
            {
                var plain = line[pos..m.Index];
                pieces.Add((plain, false, pos > 0 && char.IsLetter(plain[0])));
            }

            pieces.Add((m.Groups[1].Value, true, m.Index > 0 && !char.IsWhiteSpace(line[m.Index - 1])));
            pos = m.Index + m.Length;
        }

        if (pos < line.Length)
        {
            var plain = line[pos..];
            pieces.Add((plain, false, pos > 0 && char.IsLetter(plain[0])));
        }

        var segments = new List<Segment>();
        var text = new StringBuilder();
        var allBold = true;
        var first = true;
        foreach (var (pieceText, bold, glued) in pieces)
        {
            if (glued && text.ToString().Trim().Length > 0)
            {
                segments.Add(new Segment(Clean(text), allBold, heading, blankBefore && first, first, line.Length));
                first = false;
                text.Clear();
                allBold = true;
            }

            if (!bold && pieceText.Trim().Length > 0)
            {
                allBold = false;
            }

            text.Append(pieceText);
        }

        if (text.ToString().Trim().Length > 0 || segments.Count == 0)
        {
            segments.Add(new Segment(Clean(text), allBold && pieces.Count > 0, heading, blankBefore && first, first, line.Length));
        }

        return segments.Where(s => s.Text.Length > 0);
    }

    private static string Clean(StringBuilder text) =>
        Cascade.Core.Text.VietnameseText.Clean(text.ToString().Replace("**", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*\*([^*]+)\*\*", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BoldRun();
}
