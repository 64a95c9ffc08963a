using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Pdf;

/// <summary>The table header: where it is, which columns its headings occupy.</summary>
internal static partial class PdfTables
{
    private sealed record Header(PdfSegment Number, List<(double Left, double Right)> Columns, string Key)
    {
        public double ContentLeft => Columns[0].Left;
    }

    /// <summary>
    /// The header around a TT line: the column headings on it and on the lines just above and
    /// below it that have nothing in the TT column, merged per column. Null if this is not one.
    /// </summary>
    private static Header? HeaderAt(IReadOnlyList<PdfLine> lines, int index, IReadOnlyDictionary<int, PdfRules> rules)
    {
        var anchor = lines[index];
        var number = anchor.Segments[0];
        if (!NumberHeading().IsMatch(number.Text))
        {
            return null;
        }

        var ranges = anchor.Segments.Skip(1).Select(s => (s.Left, s.Right)).ToList();
        foreach (var step in (int[])[-1, 1])
        {
            for (var j = index + step; j >= 0 && j < lines.Count && Math.Abs(j - index) <= HeaderReach; j += step)
            {
                var line = lines[j];
                var nearer = lines[j - step];
                if (line.Page != anchor.Page || Math.Abs(line.Baseline - nearer.Baseline) > 1.6 * anchor.FontSize
                    || line.Segments[0].Left <= number.Right + 1
                    || (step < 0 ? RuleBetween(line, nearer, rules, number.Right) : RuleBetween(nearer, line, rules, number.Right)))
                {
                    break;
                }

                ranges.AddRange(line.Segments.Select(s => (s.Left, s.Right)));
            }
        }

        var columns = Merge(ranges);
        return columns.Count >= 2 ? new Header(number, columns, Key(anchor)) : null;
    }

    private static List<(double Left, double Right)> Merge(IEnumerable<(double Left, double Right)> ranges)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var range in ranges.OrderBy(r => r.Left))
        {
            if (merged.Count > 0 && range.Left <= merged[^1].Right + 1)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, range.Right));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>A line just above the TT line, kept to the heading columns, with nothing in the TT column.</summary>
    private static bool IsHeaderLine(PdfLine line, PdfLine below, Header header, double contentLeft, IReadOnlyDictionary<int, PdfRules> rules) =>
        line.Page == below.Page
        && !RuleBetween(line, below, rules, header.Number.Right)
        && line.Baseline - below.Baseline <= 1.6 * Math.Max(line.FontSize, below.FontSize)
        && line.Segments[0].Left > header.Number.Right + 1
        && !line.Segments.Any(s => CrossesColumns(s, contentLeft, header.Columns));

    private static string Key(PdfLine line) =>
        string.Join(' ', line.Segments.Select(s => s.Text)).ToLower(CultureInfo.InvariantCulture);


    [GeneratedRegex(@"^(?:S?TT|Số\s*TT)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberHeading();
}
