using UglyToad.PdfPig.Content;

namespace Cascade.Import.Reading.Pdf;

/// <summary>A word with its box in page points (origin bottom left) and its font traits.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double FontSize, bool IsBold)
{
    public double Center => (Left + Right) / 2;
}

/// <summary>Words of one line close enough to be one run of text (a cell's line, a paragraph's line).</summary>
internal sealed record PdfSegment(IReadOnlyList<PdfWord> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>One printed line of a page: its words left to right, grouped into segments by wide gaps.</summary>
internal sealed record PdfLine(int Page, double Baseline, double FontSize, IReadOnlyList<PdfSegment> Segments)
{
    public IEnumerable<PdfWord> Words => Segments.SelectMany(s => s.Words);

    public double Left => Segments[0].Left;

    public double Right => Segments[^1].Right;

    public string Text => string.Join(' ', Segments.Select(s => s.Text));

    public bool IsBold => Words.Count(w => w.IsBold) * 2 > Words.Count();
}

/// <summary>Turns a page's words into lines and segments.</summary>
internal static class PdfLayout
{
    /// <summary>
    /// Joins wrapped lines with <paramref name="separator"/>, except after a line that ends in a
    /// hyphen glued to a word: "2024-" + "2030" was one token ("2024-2030", "36-NQ/TW") that the
    /// printer wrapped at its hyphen. A free-standing dash (" -") is a separator and stays.
    /// </summary>
    public static string JoinWrapped(IEnumerable<string> lines, string separator)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                var gluedHyphen = text.Length >= 2 && text[^1] == '-' && !char.IsWhiteSpace(text[^2]);
                text.Append(gluedHyphen ? string.Empty : separator);
            }

            text.Append(line);
        }

        return text.ToString();
    }

    /// <summary>
    /// A gap wider than this share of the font size separates segments: a space is about a
    /// quarter of it; table cells are kept apart by their padding, about twice that and more.
    /// </summary>
    private const double SegmentGap = 0.6;

    /// <summary>Words whose baselines differ by less than this share of the font size share a line.</summary>
    private const double SameLine = 0.35;

    public static IReadOnlyList<PdfLine> Lines(Page page, int pageNumber)
    {
        var words = new List<PdfWord>();
        foreach (var word in page.GetWords())
        {
            var text = word.Text.Trim();
            if (text.Length == 0 || word.Letters.Count == 0)
            {
                continue;
            }

            var size = word.Letters.Max(l => l.PointSize);
            if (size <= 0)
            {
                size = word.BoundingBox.Height;
            }

            var bold = word.Letters.Count(l => IsBoldFont(l.FontName)) * 2 > word.Letters.Count;
            words.Add(new PdfWord(text, word.BoundingBox.Left, word.BoundingBox.Right, word.Letters[0].StartBaseLine.Y, Math.Max(size, 1), bold));
        }

        return Group(words, pageNumber);
    }

    internal static IReadOnlyList<PdfLine> Group(List<PdfWord> words, int pageNumber)
    {
        var lines = new List<PdfLine>();
        var pending = new List<PdfWord>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (pending.Count > 0 && Math.Abs(pending[0].Baseline - word.Baseline) > SameLine * Math.Max(pending[0].FontSize, word.FontSize))
            {
                lines.Add(ToLine(pending, pageNumber));
                pending.Clear();
            }

            pending.Add(word);
        }

        if (pending.Count > 0)
        {
            lines.Add(ToLine(pending, pageNumber));
        }

        return lines;
    }

    private static PdfLine ToLine(List<PdfWord> words, int pageNumber)
    {
        var ordered = words.OrderBy(w => w.Left).ToList();
        var segments = new List<PdfSegment>();
        var current = new List<PdfWord> { ordered[0] };
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var word = ordered[i];
            if (word.Left - previous.Right > SegmentGap * Math.Max(previous.FontSize, word.FontSize))
            {
                segments.Add(new PdfSegment(current));
                current = [];
            }

            current.Add(word);
        }

        segments.Add(new PdfSegment(current));
        var size = ordered.GroupBy(w => Math.Round(w.FontSize)).MaxBy(g => g.Count())!.First().FontSize;
        return new PdfLine(pageNumber, ordered.Average(w => w.Baseline), size, segments);
    }

    /// <summary>Font names carry the weight: "Arial-BoldMT", "TimesNewRomanPS-BoldItalicMT", "ABCDEF+Liberation Serif Bold".</summary>
    private static bool IsBoldFont(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || fontName.EndsWith(",B", StringComparison.Ordinal));
}
