using System.Globalization;

namespace Cascade.Import.Reading.Tables;

/// <summary>
/// Joins a table that a page break split into pieces. Word and PDF exports of plans print the
/// appendix table in pieces: each later piece repeats the header row, or starts with an empty
/// header row, or simply goes on; a row cut by the page break leaves its tail as the first row
/// of the next piece. The parsers expect one table, so the pieces are joined here.
/// </summary>
internal static class ContinuedTables
{
    /// <summary>
    /// Joins consecutive tables with the same column count when nothing but empty paragraphs
    /// separates them and the later one does not start with a header of its own.
    /// </summary>
    public static IReadOnlyList<Block> Join(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var lastTableIndex = -1;
        foreach (var block in blocks)
        {
            if (block is Paragraph p && string.IsNullOrWhiteSpace(p.Text) && p.Label is null)
            {
                // Empty paragraphs separate table pieces in Word; they carry nothing.
                continue;
            }

            if (block is Table next && lastTableIndex == result.Count - 1 && lastTableIndex >= 0
                && result[lastTableIndex] is Table previous
                && TryJoin(previous, next) is { } joined)
            {
                result[lastTableIndex] = joined;
                continue;
            }

            result.Add(block);
            if (block is Table)
            {
                lastTableIndex = result.Count - 1;
            }
        }

        return result.Select(b => b is Table t ? ColumnNumberRows.Mark(t) : b).ToList();
    }

    public static Table? TryJoin(Table previous, Table next)
    {
        if (previous.Rows.Count == 0 || next.Rows.Count == 0 || ColumnCount(previous) != ColumnCount(next))
        {
            return null;
        }

        var rows = previous.Rows.ToList();
        var rest = next.Rows.ToList();
        var first = rest[0];

        // A header repeated on the new page (one row or several): mark the originals as header,
        // drop the copies.
        var headerRows = Math.Max(1, previous.Rows.TakeWhile(r => r.IsHeader).Count());
        var repeated = 0;
        while (repeated < headerRows && repeated < rest.Count && repeated < rows.Count && SameText(rest[repeated], rows[repeated]))
        {
            repeated++;
        }

        if (repeated > 0)
        {
            for (var h = 0; h < repeated; h++)
            {
                rows[h] = rows[h] with { IsHeader = true };
            }

            rest.RemoveRange(0, repeated);
        }
        else if (IsBlank(first))
        {
            rest.RemoveAt(0);
        }
        else if (first.IsHeader)
        {
            // A header of its own that differs: a different table.
            return null;
        }

        if (rest.Count > 0 && IsRowTail(rest[0]) && rows.Count > 0 && !rows[^1].IsHeader)
        {
            rows[^1] = AppendTail(rows[^1], rest[0]);
            rest.RemoveAt(0);
        }

        rows.AddRange(rest);
        return new Table(rows);
    }

    public static int ColumnCount(Table table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));

    private static bool SameText(TableRow a, TableRow b) =>
        a.Cells.Count == b.Cells.Count && a.Cells.Zip(b.Cells).All(p => Fold(p.First.Text) == Fold(p.Second.Text));

    private static bool IsBlank(TableRow row) => row.Cells.All(c => string.IsNullOrWhiteSpace(c.Text));

    /// <summary>
    /// The tail of a row cut by a page break: no row number, and its text goes on mid-sentence
    /// (lower case). A row with no number that starts a new sentence is a second activity under
    /// the same number, which the parsers keep as its own row.
    /// </summary>
    private static bool IsRowTail(TableRow row)
    {
        if (row.Cells.Count < 2 || !string.IsNullOrWhiteSpace(row.Cells[0].Text))
        {
            return false;
        }

        var firstText = row.Cells.Skip(1).Select(c => c.Text.TrimStart()).FirstOrDefault(t => t.Length > 0);
        return firstText is not null && char.IsLower(firstText[0]);
    }

    private static TableRow AppendTail(TableRow row, TableRow tail)
    {
        if (row.Cells.Count != tail.Cells.Count)
        {
            return row;
        }

        var cells = row.Cells.Zip(tail.Cells, (head, rest) => string.IsNullOrWhiteSpace(rest.Text) || rest.MergedFromAbove
                ? head
                : head with { Text = head.Text.Length == 0 ? rest.Text : head.Text + " " + rest.Text })
            .ToList();
        return row with { Cells = cells };
    }

    private static string Fold(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
