using System.Text;
using System.Text.RegularExpressions;
using Cascade.Core.Text;
using Cascade.Import.Reading;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// The text of a plan as the header, target and reporting parsers read it, whatever reader made
/// the blocks: <see cref="Lines"/> are the printed lines with Markdown markers, page numbers and
/// running headers removed; <see cref="Paragraphs"/> are those lines joined back into the
/// paragraphs a PDF or a hard-wrapped export broke up.
/// </summary>
public sealed partial class PlanText
{
    // A paragraph longer than this is cut: nothing the parsers look for is that long, and it
    // keeps every pattern's work linear in a bounded input.
    private const int MaxLineLength = 20_000;

    private PlanText(IReadOnlyList<string> lines, IReadOnlyList<string> paragraphs, int headerEnd)
    {
        Lines = lines;
        Paragraphs = paragraphs;
        HeaderLineCount = headerEnd;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>How many of <see cref="Lines"/> come from masthead tables (cell text of tables before any paragraph).</summary>
    public int HeaderLineCount { get; }

    public static PlanText From(SourceDocument source)
    {
        var raw = new List<(string Text, bool WholeLine)>();
        var masthead = 0;
        var seenParagraph = false;
        foreach (var block in source.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    seenParagraph |= !string.IsNullOrWhiteSpace(p.Text);
                    var text = p.Label is { Length: > 0 } label ? label + " " + p.Text : p.Text;
                    foreach (var line in text.Split('\n'))
                    {
                        AddLine(raw, line);
                    }

                    break;
                case Table t when !seenParagraph:
                    // A masthead is often a two-column table: issuer and number left, motto and date right.
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells).Where(c => !c.MergedFromAbove))
                    {
                        foreach (var line in cell.Text.Split('\n'))
                        {
                            AddLine(raw, line);
                        }
                    }

                    masthead = raw.Count;
                    break;
            }
        }

        var lines = DropRunningHeaders(raw);
        return new PlanText(lines.Select(l => l.Text).ToList(), Join(lines), Math.Min(masthead, lines.Count));
    }

    /// <summary>Builds the text of a plain string, one line per line: for tests and tools.</summary>
    public static PlanText FromText(string text) =>
        From(new SourceDocument(text.Split('\n').Select(l => (Block)new Paragraph(l)).ToList(), []));

    private static void AddLine(List<(string Text, bool WholeLine)> raw, string line)
    {
        if (line.Length > MaxLineLength)
        {
            line = line[..MaxLineLength];
        }

        // A tab separates the cells of a table exported as text: keep the boundary, so that a cell
        // does not run into the next ("tỉnh" then "Hàng năm").
        line = line.Normalize(NormalizationForm.FormC).Replace("\t", " | ", StringComparison.Ordinal).Replace('\u00a0', ' ');
        line = HeadingMarks().Replace(line, string.Empty);
        if (TableRule().IsMatch(line))
        {
            return; // the border of a table drawn with pipes
        }

        var pieces = Emphasis().Split(line);
        var whole = pieces.Length == 1;
        foreach (var piece in pieces)
        {
            var clean = VietnameseText.Clean(piece.Replace("__", string.Empty, StringComparison.Ordinal));
            if (clean.Length > 0)
            {
                raw.Add((clean, whole));
            }
        }
    }

    private static List<(string Text, bool WholeLine)> DropRunningHeaders(List<(string Text, bool WholeLine)> raw)
    {
        // A line repeated on many pages is a running header or footer, not content.
        var counts = raw.Where(l => l.WholeLine).GroupBy(l => l.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return raw.Where(l => !(l.WholeLine && (PageNumber().IsMatch(l.Text) || Gazette().IsMatch(l.Text)
                || counts[l.Text] >= 3 && l.Text.Length is >= 8 and <= 120 && IsRunningHeaderLike(l.Text))))
            .ToList();
    }

    private static bool IsRunningHeaderLike(string text) =>
        !ListMarker().IsMatch(text) && !text.StartsWith('|') && (IsUpperCase(text) || text.Any(char.IsDigit));

    private static List<string> Join(List<(string Text, bool WholeLine)> lines)
    {
        // A wrapped line is long: most lines of a hard-wrapped page reach near the right margin.
        var lengths = lines.Select(l => l.Text.Length).Order().ToList();
        var wide = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.9) is var i && i < lengths.Count ? i : lengths.Count - 1];
        var wrapWidth = Math.Max(40, wide * 0.6);

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var last = string.Empty;
        foreach (var (text, _) in lines)
        {
            // The decision looks at the last line only, so joining stays linear in the text.
            if (current.Length > 0 && current.Length < MaxLineLength && Continues(last, text, wrapWidth))
            {
                var glue = EndsInsideNumber(current) ? string.Empty : " ";
                current.Append(glue).Append(text);
                last = text;
                continue;
            }

            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
            }

            current.Clear().Append(text);
            last = text;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return paragraphs;
    }

    private static bool Continues(string previous, string next, double wrapWidth)
    {
        if (next.StartsWith('|') || previous.StartsWith('|') || ListMarker().IsMatch(next) || Separator().IsMatch(next))
        {
            return false;
        }

        if (IsUpperCase(previous) != IsUpperCase(next) && LetterCount(next) > 3)
        {
            return false; // a heading in capitals never runs on into body text
        }

        var trimmed = previous.TrimEnd('*', ' ', '_');
        if (trimmed.Length == 0)
        {
            return false;
        }

        var first = next[0];
        var last = trimmed[^1];
        if (char.IsLower(first) || char.IsDigit(first) || first is '/' or '(' or ',' or ';' or '%')
        {
            return last != '.' || previous.EndsWith("...", StringComparison.Ordinal);
        }

        var ended = last is '.' or ';' or ':' or '!' or '?' or ')' or '"' or '”';
        return !ended && previous.Length >= wrapWidth;
    }

    private static bool EndsInsideNumber(StringBuilder text) =>
        text.Length >= 2 && text[^1] is '-' or '/' && char.IsDigit(text[^2]);

    public static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static int LetterCount(string text) => text.Count(char.IsLetter);

    /// <summary>"1.", "2.1.", "a)", "đ)", "-", "+", "•", "I.", "IV." at the start of a line: a new item.</summary>
    public static bool StartsItem(string text) => ListMarker().IsMatch(text);

    [GeneratedRegex(@"^\s{0,8}(?:#{1,6}|>)\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"\*{2,}")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?:[-–+•*]\s|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ]\)\s|[IVXLC]{1,6}[.)]\s|Điều\s\d)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^[-_=*.~\s]{3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\s|:+-]*\|[\s|:+-]*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^(?:[-–]\s?)?(?:Trang\s)?\d{1,4}(?:\s?/\s?\d{1,4})?(?:\s?[-–])?$")]
    private static partial Regex PageNumber();

    // The Official Gazette prints "CÔNG BÁO/Số 123 + 124/Ngày 20-11-2023" on every page.
    [GeneratedRegex(@"^(?:\d{1,4}\s{1,3})?CÔNG BÁO\b|^Số\s\d{1,5}\s?\+\s?\d{1,5}\s?/\s?Ngày", RegexOptions.IgnoreCase)]
    private static partial Regex Gazette();
}
