using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// Markdown pipe tables, including a table a page break cut into pieces: each piece repeats (or
/// blanks) the heading row and its separator, and its first row may be the rest of the row above.
/// </summary>
internal static partial class PipeTableReader
{
    public static bool IsRow(string line)
    {
        var t = line.Trim();
        return t.Length > 1 && t[0] == '|' && t.AsSpan(1).Contains('|');
    }

    public static Table Read(IReadOnlyList<string> lines, ref int index, TextLayout layout)
    {
        // First the printed rows, each marked as a heading (the row above a separator) or as the
        // first row of a piece that a page break cut off from the rows above.
        var printed = new List<(List<string> Cells, bool Heading, bool Cut)>();
        while (true)
        {
            var pieceStart = printed.Count;
            while (index < lines.Count && IsRow(lines[index]))
            {
                var cells = Cells(lines[index]);
                if (cells.All(c => Separator().IsMatch(c)))
                {
                    if (printed.Count > 0 && !printed[^1].Heading)
                    {
                        printed[^1] = (printed[^1].Cells, true, printed.Count > 1);
                    }
                }
                else
                {
                    printed.Add((cells, false, printed.Count == pieceStart && pieceStart > 0));
                }

                index++;
            }

            var next = TableRows.SkipPageBreak(lines, index, layout);
            var columns = printed.Count == 0 ? 0 : printed.Max(r => r.Cells.Count);
            if (next < lines.Count && IsRow(lines[next]) && Cells(lines[next]).Count == columns)
            {
                index = next;
                continue;
            }

            return Build(printed, columns);
        }
    }

    private static Table Build(List<(List<string> Cells, bool Heading, bool Cut)> printed, int columns)
    {
        var rows = new List<TableRow>();
        List<string>? heading = null;
        var cut = false;
        foreach (var (raw, isHeading, startsPiece) in printed)
        {
            var cells = TableRows.Pad(raw, columns);
            cut |= startsPiece || isHeading && heading is not null;
            if (TableRows.AllEmpty(cells))
            {
                continue;
            }

            if (isHeading && heading is null || heading is not null && TableRows.SameText(cells, heading))
            {
                heading ??= cells;
                rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList(), IsHeader: true));
                continue;
            }

            var above = rows.FindLastIndex(r => !r.IsHeader);
            if (cut && above >= 0 && TableRows.Continues(cells))
            {
                rows[above] = TableRows.Merge(rows[above], cells);
            }
            else
            {
                rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList(), IsHeader: isHeading));
            }

            cut = false;
        }

        return new Table(rows);
    }

    private static List<string> Cells(string line)
    {
        var t = line.Trim();
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (t[i] == '|')
            {
                cells.Add(TableRows.CellText(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(t[i]);
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            cells.Add(TableRows.CellText(current.ToString()));
        }

        return cells;
    }

    [GeneratedRegex(@"^:?-{1,}:?$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Separator();
}
