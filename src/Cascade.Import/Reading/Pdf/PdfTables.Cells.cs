namespace Cascade.Import.Reading.Pdf;

/// <summary>Words of a line into the cells of a row.</summary>
internal static partial class PdfTables
{
    /// <summary>
    /// A row without a number whose text starts in lower case is the tail of the row above, cut by
    /// a page break and printed as a row of its own (a second activity under one number starts a
    /// sentence).
    /// </summary>
    internal static bool GoesOnMidSentence(List<string>[] cells) =>
        cells.Skip(1).Select(c => c.FirstOrDefault()).FirstOrDefault(t => !string.IsNullOrEmpty(t)) is { } text && char.IsLower(text[0]);

    internal static List<string>[] CellsOf(PdfLine line, List<double> boundaries)
    {
        var cells = NewRow(boundaries.Count);
        foreach (var group in line.Words.GroupBy(w => ColumnOf(w.Center, boundaries)))
        {
            cells[group.Key].Add(string.Join(' ', group.Select(w => w.Text)));
        }

        return cells;
    }

    internal static List<string>[] NewRow(int columns) => Enumerable.Range(0, columns).Select(_ => new List<string>()).ToArray();

    internal static void Append(List<string>[] row, List<string>[] lines)
    {
        for (var c = 0; c < row.Length; c++)
        {
            row[c].AddRange(lines[c]);
        }
    }

    internal static TableRow ToRow(List<string>[] cells, bool isHeader) =>
        new(cells.Select(lines => new TableCell(PdfLayout.JoinWrapped(lines, "\n"))).ToList(), isHeader);

    internal static int ColumnOf(double x, List<double> boundaries)
    {
        var column = 0;
        for (var c = 1; c < boundaries.Count; c++)
        {
            if (x > boundaries[c])
            {
                column = c;
            }
        }

        return column;
    }
}
