using Cascade.Import.Reading;
using Cascade.Testing;

namespace Cascade.Import.Tests.Readers;

/// <summary>
/// The appendix table rows as the seed text prints them (tab-separated or Markdown pipes),
/// header rows and empty rows left out and the tails of rows cut by a page break put back: what a reader of
/// the same plan in .docx or .pdf must give back.
/// </summary>
internal static class SeedTables
{
    public static IReadOnlyList<string[]> Rows(string seed)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(RepoPaths.SeedText(seed)))
        {
            string[] cells;
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                cells = line.Split('\t');
            }
            else if (line.StartsWith('|'))
            {
                cells = line.Trim().Trim('|').Split('|');
            }
            else
            {
                continue;
            }

            cells = cells.Select(Fold).ToArray();
            if (cells[0] == "TT" || cells[0].StartsWith("---", StringComparison.Ordinal) || cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (cells[0].Length == 0 && rows.Count > 0)
            {
                // The tail of a row the page break cut.
                rows[^1] = rows[^1].Zip(cells, (head, tail) => tail.Length == 0 ? head : head + " " + tail).ToArray();
                continue;
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Table TaskTable(SourceDocument document) =>
        Assert.Single(document.Blocks.OfType<Table>(), t => t.Rows.Count > 5);

    public static IReadOnlyList<TableRow> DataRows(Table table) => table.Rows.Where(r => !r.IsHeader).ToList();
}
