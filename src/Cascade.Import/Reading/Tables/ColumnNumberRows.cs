using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Tables;

/// <summary>
/// Many plans print, under the column titles, a row numbering the columns: "(1) (2) (3) ..." or
/// "1 2 3 ...". It is part of the header, not a task numbered 1; where the header is repeated
/// on later pages, its copies go too.
/// </summary>
internal static partial class ColumnNumberRows
{
    /// <summary>The header is at the top; a numbering row further down is not the header's.</summary>
    private const int SearchedRows = 3;

    public static Table Mark(Table table)
    {
        var index = -1;
        for (var r = 0; r < Math.Min(SearchedRows, table.Rows.Count); r++)
        {
            if (IsColumnNumbers(table.Rows[r]))
            {
                index = r;
                break;
            }
        }

        if (index < 0)
        {
            return table;
        }

        var numbering = table.Rows[index];
        var rows = new List<TableRow>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (r <= index)
            {
                rows.Add(row with { IsHeader = true });
            }
            else if (!SameNumbers(row, numbering))
            {
                rows.Add(row);
            }
        }

        return new Table(rows);
    }

    private static bool IsColumnNumbers(TableRow row)
    {
        var numbers = Numbers(row);
        return numbers.Count >= 3 && numbers.Select((n, i) => n == numbers[0] + i).All(x => x);
    }

    private static bool SameNumbers(TableRow row, TableRow numbering) => IsColumnNumbers(row) && Numbers(row).SequenceEqual(Numbers(numbering));

    /// <summary>The number in each cell, or nothing if some cell holds anything else.</summary>
    private static List<int> Numbers(TableRow row)
    {
        var numbers = new List<int>();
        foreach (var cell in row.Cells)
        {
            var match = ColumnNumber().Match(cell.Text);
            if (!match.Success)
            {
                return [];
            }

            numbers.Add(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    [GeneratedRegex(@"^\s*\(?(\d{1,2})\)?\s*$")]
    private static partial Regex ColumnNumber();
}
