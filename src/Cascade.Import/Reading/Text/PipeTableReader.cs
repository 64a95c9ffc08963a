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
        var rows = new List<TableRow>();
        List<string>? heading = null;
        var columns = 0;
        var continued = false;
        while (true)
        {
            var piece = new List<List<string>>();
            var headingRows = 0;
            while (index < lines.Count && IsRow(lines[index]))
            {
                var cells = Cells(lines[index]);
                if (cells.All(c => Separator().IsMatch(c)))
                {
                    headingRows = piece.Count;
                }
                else
                {
                    piece.Add(cells);
                }

                index++;
            }

            columns = Math.Max(columns, piece.Count == 0 ? 0 : piece.Max(r => r.Count));
            var firstBody = true;
            for (var k = 0; k < piece.Count; k++)
            {
                var cells = TableRows.Pad(piece[k], columns);
                if (TableRows.AllEmpty(cells))
                {
                    continue;
                }

                if (k < headingRows || heading is not null && TableRows.SameText(cells, heading))
                {
                    heading ??= cells;
                    rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList(), IsHeader: true));
                    continue;
                }

                if (continued && firstBody && rows.Count > 0 && !rows[^1].IsHeader && TableRows.Continues(cells))
                {
                    rows[^1] = TableRows.Merge(rows[^1], cells);
                }
                else
                {
                    rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList()));
                }

                firstBody = false;
            }

            var next = TableRows.SkipPageBreak(lines, index, layout);
            if (next < lines.Count && IsRow(lines[next]) && Cells(lines[next]).Count == columns)
            {
                index = next;
                continued = true;
                continue;
            }

            return new Table(rows);
        }
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

    [GeneratedRegex(@"^:?-{1,}:?$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Separator();
}
