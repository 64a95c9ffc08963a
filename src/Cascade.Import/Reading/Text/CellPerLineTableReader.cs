using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// A table that PDF extraction printed one cell (or one line of a cell) per line: the heading
/// cells ("TT", "Nội dung", "Cơ quan chủ trì", ...) name the columns, row numbers and Roman group
/// numbers start the rows, and the shape of each line (an agency name, a timeframe, a sentence
/// going on in lower case) tells which cell it belongs to. Page breaks repeat the heading and go
/// on with the rest of the cells of the row they cut.
/// </summary>
internal static partial class CellPerLineTableReader
{
    internal sealed record Heading(IReadOnlyList<ColumnKind> Kinds, IReadOnlyList<string> Lines);

    /// <summary>Whether a task table printed one cell per line starts at this line.</summary>
    public static bool StartsTable(IReadOnlyList<string> lines, int index, out Heading? heading)
    {
        heading = null;
        var first = lines[index].Trim();
        if (!HeadingStart().IsMatch(first))
        {
            return false;
        }

        var headingLines = new List<string> { first };
        for (var j = index + 1; j < lines.Count && headingLines.Count < 16; j++)
        {
            var t = lines[j].Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (RowStart().IsMatch(t))
            {
                var kinds = TableHeaderWords.KindsIn(string.Join(' ', headingLines));
                if (kinds.Count >= 3 && kinds[0] == ColumnKind.Number && kinds.Contains(ColumnKind.Lead) && string.Join(' ', headingLines).Length < 300)
                {
                    heading = new Heading(kinds, headingLines);
                    return true;
                }

                return false;
            }

            if (t.Length > 80)
            {
                // Heading cells are short; a long line is running text.
                return false;
            }

            headingLines.Add(t);
        }

        return false;
    }

    public static Table Read(IReadOnlyList<string> lines, ref int index, TextLayout layout, Heading heading)
    {
        var state = new TableState(heading);
        index += 1;
        var skipHeading = heading.Lines.Count - 1;
        for (; index < lines.Count; index++)
        {
            var t = lines[index].Trim();
            // Only the Gazette's running header here: short cell lines repeat on every page too.
            if (t.Length == 0 || layout.IsGazetteHeader(t))
            {
                continue;
            }

            if (skipHeading > 0 && heading.Lines.Any(h => Same(h, t)))
            {
                skipHeading--;
                continue;
            }

            skipHeading = 0;
            if (Same(heading.Lines[0], t))
            {
                // The heading printed again at the top of a new page: the row it cut goes on.
                skipHeading = heading.Lines.Count - 1;
                state.Resume();
                continue;
            }

            if (EndsTable(t, state.ExpectsGroupTitle) || PipeTableReader.IsRow(lines[index]) || t.Contains('\t', StringComparison.Ordinal))
            {
                break;
            }

            // A number printed just before the heading of the next page is that page's number.
            if (LineShapes.IsPageNumber(t) && Same(heading.Lines[0], NextText(lines, index)))
            {
                continue;
            }

            if (state.TryStartRow(t))
            {
                continue;
            }

            if (LineShapes.IsPageNumber(t))
            {
                continue;
            }

            if (state.TrySplitGluedNumber(t, NextText(lines, index)))
            {
                continue;
            }

            state.Feed(t);
        }

        return state.ToTable();
    }

    private static string NextText(IReadOnlyList<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!TextLines.IsBlank(lines[j]))
            {
                return lines[j].Trim();
            }
        }

        return string.Empty;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Cascade.Core.Text.VietnameseText.Fold(a), Cascade.Core.Text.VietnameseText.Fold(b), StringComparison.Ordinal);

    /// <summary>The signature block, the list of recipients or the next appendix: the table is over.</summary>
    private static bool EndsTable(string line, bool expectsGroupTitle) =>
        TableEnd().IsMatch(line)
        || !expectsGroupTitle && LineShapes.IsCapitals(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && !RowStart().IsMatch(line);

    internal static int? RomanValue(string text)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!values.TryGetValue(text[i], out var v))
            {
                return null;
            }

            var next = i + 1 < text.Length && values.TryGetValue(text[i + 1], out var n) ? n : 0;
            total += v < next ? -v : v;
        }

        return total > 0 ? total : null;
    }

    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    [GeneratedRegex(@"^(?:S?TT|Số\s*TT)(?:\s|$)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex HeadingStart();

    /// <summary>A row number ("3", "1.2", "III") alone or followed by the start of the row's text.</summary>
    [GeneratedRegex(@"^(?:(?<roman>[IVXLC]{1,7})|(?<num>\d{1,3}(?:\.\d{1,3}){0,3}))\.?(?:\s+(?<rest>\S.*))?$", RegexOptions.CultureInvariant, Timeout)]
    internal static partial Regex RowStart();

    [GeneratedRegex(@"^(?:Nơi nhận|TM\.|T/M|KT\.|PHỤ LỤC|Phụ lục|Phụ Lục|Trên đây)(?![\p{L}])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TableEnd();

    [GeneratedRegex(@"^-(?:\s+-)+$", RegexOptions.CultureInvariant, Timeout)]
    internal static partial Regex DashRun();

    [GeneratedRegex(@"^(?<head>.*\S)\s+(?<num>\d{1,3})$", RegexOptions.CultureInvariant, Timeout)]
    internal static partial Regex GluedNumber();

    internal static int ParseInt(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
