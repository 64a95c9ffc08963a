namespace Cascade.Import.Reading.Text;

/// <summary>Row helpers shared by the table readers.</summary>
internal static class TableRows
{
    public static string CellText(string raw) =>
        string.Join('\n', raw.Replace("**", string.Empty, StringComparison.Ordinal)
            .Split(TextLines.CellBreak)
            .Select(l => Cascade.Core.Text.VietnameseText.Clean(l))
            .Where(l => l.Length > 0));

    public static bool AllEmpty(IReadOnlyList<string> cells) => cells.All(c => c.Length == 0);

    public static bool SameText(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Zip(b).All(p => Cascade.Core.Text.VietnameseText.Fold(p.First) == Cascade.Core.Text.VietnameseText.Fold(p.Second));

    public static List<string> Pad(List<string> cells, int count)
    {
        while (cells.Count < count)
        {
            cells.Add(string.Empty);
        }

        return cells;
    }

    /// <summary>
    /// A row that goes on with the row before it, cut by a page break: no number of its own and
    /// text that continues mid-sentence.
    /// </summary>
    public static bool Continues(IReadOnlyList<string> cells) =>
        cells.Count > 1 && cells[0].Length == 0 && cells.Skip(1).Any(c => c.Length > 0 && LineShapes.StartsLowercase(c));

    /// <summary>Adds each cell of a continuation row to the cell above it, as a new line.</summary>
    public static TableRow Merge(TableRow above, IReadOnlyList<string> continuation)
    {
        var cells = new List<TableCell>();
        var count = Math.Max(above.Cells.Count, continuation.Count);
        for (var c = 0; c < count; c++)
        {
            var top = c < above.Cells.Count ? above.Cells[c] : new TableCell(string.Empty);
            var more = c < continuation.Count ? continuation[c] : string.Empty;
            var text = top.Text.Length == 0 ? more : more.Length == 0 ? top.Text : top.Text + "\n" + more;
            cells.Add(top with { Text = text });
        }

        return new TableRow(cells, above.IsHeader);
    }

    /// <summary>Skips what a page break leaves between two pieces of one table.</summary>
    public static int SkipPageBreak(IReadOnlyList<string> lines, int index, TextLayout layout)
    {
        while (index < lines.Count && (TextLines.IsBlank(lines[index]) || LineShapes.IsPageNumber(lines[index]) || layout.IsGazetteHeader(lines[index])))
        {
            index++;
        }

        return index;
    }
}
