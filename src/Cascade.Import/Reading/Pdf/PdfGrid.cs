namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Rows of a table the page draws as a full grid. Each band of lines between two horizontal
/// borders is a row; a border missing over one column between two rows is a cell merged down
/// (its text then applies to each row, as in Word); a divider missing inside a row is a cell
/// spanning columns (a group heading across the table).
/// </summary>
internal static class PdfGrid
{
    private sealed record Band(List<PdfLine> Lines, bool OpensPage);

    public static List<TableRow> Rows(List<PdfLine> lines, int anchorOffset, List<double> boundaries, IReadOnlyDictionary<int, PdfRules> rules, bool hasColumnRules)
    {
        var bands = new List<Band> { new([lines[0]], false) };
        for (var l = 1; l < lines.Count; l++)
        {
            var previous = lines[l - 1];
            var line = lines[l];
            if (line.Page != previous.Page)
            {
                bands.Add(new([line], true));
            }
            else if (PdfTables.RuleBetween(previous, line, rules, boundaries[1]))
            {
                bands.Add(new([line], false));
            }
            else
            {
                bands[^1].Lines.Add(line);
            }
        }

        // Bands to rows: the header is every band up to the TT line; a band opening a page with
        // nothing in the TT column, or a row tail printed as its own row, goes on the row before.
        var header = new List<Band>();
        var rows = new List<List<Band>>();
        var seen = 0;
        foreach (var band in bands)
        {
            var cells = NewCells(band, boundaries);
            if (seen <= anchorOffset)
            {
                header.Add(band);
            }
            else if (cells[0].Count == 0 && rows.Count > 0 && (band.OpensPage || PdfTables.GoesOnMidSentence(cells)))
            {
                rows[^1].Add(band);
            }
            else
            {
                rows.Add([band]);
            }

            seen += band.Lines.Count;
        }

        var table = new List<TableRow> { ToRow(header, boundaries, rules, hasColumnRules, isHeader: true) };
        table.AddRange(rows.Select(r => ToRow(r, boundaries, rules, hasColumnRules, isHeader: false)));
        return CarryMergedCells(table, rows, boundaries, rules);
    }

    private static List<string>[] NewCells(Band band, List<double> boundaries)
    {
        var cells = PdfTables.NewRow(boundaries.Count);
        foreach (var line in band.Lines)
        {
            PdfTables.Append(cells, PdfTables.CellsOf(line, boundaries));
        }

        return cells;
    }

    /// <summary>Cells of a row, columns joined where the grid draws no divider between them.</summary>
    private static TableRow ToRow(List<Band> bands, List<double> boundaries, IReadOnlyDictionary<int, PdfRules> rules, bool hasColumnRules, bool isHeader)
    {
        var first = bands[0];
        var spanStarts = Enumerable.Range(0, boundaries.Count)
            .Where(c => c == 0 || !hasColumnRules || DividerAcross(first, boundaries[c], rules))
            .ToList();
        var groupOf = new int[boundaries.Count];
        for (var g = 0; g < spanStarts.Count; g++)
        {
            for (var c = spanStarts[g]; c < (g + 1 < spanStarts.Count ? spanStarts[g + 1] : boundaries.Count); c++)
            {
                groupOf[c] = g;
            }
        }

        var texts = PdfTables.NewRow(spanStarts.Count);
        foreach (var line in bands.SelectMany(b => b.Lines))
        {
            foreach (var group in line.Words.GroupBy(w => groupOf[PdfTables.ColumnOf(w.Center, boundaries)]))
            {
                texts[group.Key].Add(string.Join(' ', group.Select(w => w.Text)));
            }
        }

        var cells = texts.Select((t, g) => new TableCell(
            PdfLayout.JoinWrapped(t, "\n"),
            (g + 1 < spanStarts.Count ? spanStarts[g + 1] : boundaries.Count) - spanStarts[g])).ToList();
        return new TableRow(cells, isHeader);
    }

    private static bool DividerAcross(Band band, double x, IReadOnlyDictionary<int, PdfRules> rules) =>
        rules.TryGetValue(band.Lines[0].Page, out var page) && page.Vertical.Any(v =>
            Math.Abs(v.X - x) <= 2 && v.Bottom <= band.Lines[^1].Baseline && v.Top >= band.Lines[0].Baseline);

    /// <summary>
    /// Between two rows on one page, a column the horizontal border does not cross continues the
    /// cell above: all the rows of that merge carry its text, the later ones marked as merged.
    /// </summary>
    private static List<TableRow> CarryMergedCells(List<TableRow> table, List<List<Band>> rows, List<double> boundaries, IReadOnlyDictionary<int, PdfRules> rules)
    {
        var result = table.ToList();
        for (var c = 0; c < boundaries.Count; c++)
        {
            var mid = ColumnMiddle(c, boundaries, rows);
            var r = 0;
            while (r < rows.Count)
            {
                var last = r;
                while (last + 1 < rows.Count && ContinuesDown(rows[last][^1], rows[last + 1][0], mid, rules))
                {
                    last++;
                }

                if (last > r && Enumerable.Range(r, last - r + 1).All(i => IsSingleCellAt(result[i + 1], c)))
                {
                    var text = string.Join('\n', Enumerable.Range(r, last - r + 1)
                        .Select(i => result[i + 1].Cells[IndexOf(result[i + 1], c)].Text)
                        .Where(t => t.Length > 0));
                    for (var i = r; i <= last; i++)
                    {
                        var row = result[i + 1];
                        var cells = row.Cells.ToList();
                        var index = IndexOf(row, c);
                        cells[index] = cells[index] with { Text = text, MergedFromAbove = i > r };
                        result[i + 1] = row with { Cells = cells };
                    }
                }

                r = last + 1;
            }
        }

        return result;
    }

    /// <summary>True when grid column <paramref name="column"/> starts a cell of its own (span 1) in the row.</summary>
    private static bool IsSingleCellAt(TableRow row, int column) =>
        IndexOf(row, column) is var index && index >= 0 && row.Cells[index].ColumnSpan == 1;

    private static int IndexOf(TableRow row, int column)
    {
        var start = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (start == column)
            {
                return i;
            }

            start += row.Cells[i].ColumnSpan;
        }

        return -1;
    }

    private static bool ContinuesDown(Band upper, Band lower, double x, IReadOnlyDictionary<int, PdfRules> rules)
    {
        var above = upper.Lines[^1];
        var below = lower.Lines[0];
        return above.Page == below.Page && rules.TryGetValue(above.Page, out var page) && !page.Horizontal.Any(h =>
            h.Y < above.Baseline && h.Y > below.Baseline + (0.5 * below.FontSize) && h.Left <= x && h.Right >= x);
    }

    private static double ColumnMiddle(int column, List<double> boundaries, List<List<Band>> rows)
    {
        var words = rows.SelectMany(r => r).SelectMany(b => b.Lines).SelectMany(l => l.Words).ToList();
        var left = column == 0 ? (words.Count > 0 ? words.Min(w => w.Left) : 0) : boundaries[column];
        var right = column + 1 < boundaries.Count ? boundaries[column + 1] : (words.Count > 0 ? words.Max(w => w.Right) : left);
        return (left + right) / 2;
    }
}
