namespace Cascade.Import.Reading.Text;

/// <summary>
/// Tables exported as tab-separated lines, one row a line; a heading row repeated on every page
/// is kept as a heading row, and the blank lines between pages are skipped.
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
        var raw = new List<List<string>>();
        while (index < lines.Count && IsRow(lines[index]))
        {
            raw.Add(Cells(lines[index]));
            index++;
            var next = TableRows.SkipPageBreak(lines, index, layout);
            if (next < lines.Count && IsRow(lines[next]))
            {
                index = next;
            }
        }

        var columns = raw.Max(r => r.Count);
        List<string>? heading = null;
        var rows = new List<TableRow>();
        foreach (var cells in raw.Select(r => TableRows.Pad(r, columns)))
        {
            var isHeading = heading is null ? TableHeaderWords.IsHeading(cells) : TableRows.SameText(cells, heading);
            if (isHeading)
            {
                heading ??= cells;
            }

            rows.Add(new TableRow(cells.Select(c => new TableCell(c)).ToList(), isHeading));
        }

        return new Table(rows);
    }

    private static bool IsRow(string line) => line.Contains('\t', StringComparison.Ordinal) && Cells(line).Count(c => c.Length > 0) >= 2;

    private static List<string> Cells(string line) => line.TrimEnd().Split('\t').Select(TableRows.CellText).ToList();
}
