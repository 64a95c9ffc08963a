namespace Cascade.Import.Reading.Text;

/// <summary>
/// Tables exported as tab-separated lines, one row a line; a heading row repeated on every page
/// is kept as a heading row, and the blank lines between pages are skipped. A cell with line
/// breaks is quoted, as spreadsheets copy it ("line one / line two" across lines).
/// </summary>
internal static class TabTableReader
{
    public static bool StartsTable(IReadOnlyList<string> lines, int index, TextLayout layout)
    {
        if (!IsRow(lines[index]))
        {
            return false;
        }

        var next = TableRows.SkipPageBreak(lines, index + 1, layout);
        return TableHeaderWords.IsHeading(Cells(lines[index])) || next < lines.Count && IsRow(lines[next]);
    }

    public static Table Read(IReadOnlyList<string> lines, ref int index, TextLayout layout)
    {
        // Each printed row, marked when a page break (a gap) comes before it.
        var raw = new List<(List<string> Cells, bool Cut)>();
        var cut = false;
        while (index < lines.Count && (raw.Count == 0 ? IsRow(lines[index]) : IsRowGoingOn(lines[index])))
        {
            var line = new System.Text.StringBuilder(lines[index]);
            var open = OpensQuote(lines[index]);
            index++;
            while (open && index < lines.Count && line.Length < 100_000)
            {
                line.Append('\n').Append(lines[index]);
                open = !ClosesQuote(lines[index]);
                index++;
            }

            raw.Add((Cells(line.ToString()), cut));
            var next = TableRows.SkipPageBreak(lines, index, layout);
            cut = next > index;
            if (next < lines.Count && IsRowGoingOn(lines[next]))
            {
                index = next;
            }
        }

        var columns = raw.Max(r => r.Cells.Count);
        List<string>? heading = null;
        var rows = new List<TableRow>();
        var afterBreak = false;
        foreach (var (printed, gap) in raw)
        {
            var cells = TableRows.Pad(printed, columns);
            var isHeading = heading is null ? TableHeaderWords.IsHeading(cells) : TableRows.SameText(cells, heading);
            afterBreak |= gap || isHeading && heading is not null;
            if (isHeading)
            {
                heading ??= cells;
                rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList(), IsHeader: true));
                continue;
            }

            var above = rows.FindLastIndex(r => !r.IsHeader);
            if (afterBreak && above >= 0 && TableRows.Continues(cells))
            {
                // The rest of the row above, cut off by the page break.
                rows[above] = TableRows.Merge(rows[above], cells);
            }
            else
            {
                rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList()));
            }

            afterBreak = false;
        }

        return new Table(rows);
    }

    /// <summary>Inside a table a row may have a single filled cell (the rest of a row cut by a page).</summary>
    private static bool IsRowGoingOn(string line) => line.Contains('\t', StringComparison.Ordinal) && Cells(line).Any(c => c.Length > 0);

    private static bool IsRow(string line) => line.Contains('\t', StringComparison.Ordinal) && Cells(line).Count(c => c.Length > 0) >= 2;

    private static List<string> Cells(string line) =>
        line.TrimEnd().Split('\t').Select(c => TableRows.CellText(Unquote(c).Replace('\n', TextLines.CellBreak))).ToList();

    /// <summary>A quoted cell left open at the end of the line goes on in the next line.</summary>
    private static bool OpensQuote(string line)
    {
        var last = line.Split('\t')[^1].TrimStart();
        return last.StartsWith('"') && last.Count(c => c == '"') % 2 == 1;
    }

    private static bool ClosesQuote(string line) => line.Count(c => c == '"') % 2 == 1;

    private static string Unquote(string cell)
    {
        var t = cell.Trim();
        return t.Length >= 2 && t[0] == '"' && t[^1] == '"' ? t[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;
    }
}
