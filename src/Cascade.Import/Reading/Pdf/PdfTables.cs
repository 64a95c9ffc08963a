using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Rebuilds a table from word positions. It starts at a header row whose first cell is the row
/// number column (TT, STT); it runs, across pages, while lines keep to its columns; header rows
/// repeated on later pages are dropped. Columns are the x-ranges the table's text covers, with
/// the uncovered gaps (cell padding) between them; a row starts where the TT column has text, so
/// wrapped cell lines and a row cut by a page break stay in their row.
/// </summary>
internal static partial class PdfTables
{
    /// <summary>A vertical gap above this many font sizes inside a page ends the table.</summary>
    private const double MaxRowGap = 4;

    /// <summary>Header lines above the TT line (a header row aligned to the bottom or centre) at most.</summary>
    private const int MaxHeaderLinesAbove = 4;

    /// <param name="lines">All lines of the document, page furniture removed.</param>
    /// <param name="anchorIndex">Where to look for the TT header line.</param>
    /// <param name="earliest">Lines before this belong to something already read.</param>
    /// <param name="start">The first line of the table, its header included.</param>
    /// <param name="end">The line after the table.</param>
    public static bool TryRead(IReadOnlyList<PdfLine> lines, int anchorIndex, int earliest, out Table table, out int start, out int end)
    {
        table = null!;
        start = end = anchorIndex;
        var anchor = lines[anchorIndex];
        if (!IsHeaderAnchor(anchor))
        {
            return false;
        }

        var number = anchor.Segments[0];
        var headerKey = Key(anchor);
        var headerRanges = anchor.Segments.Skip(1).Select(s => (s.Left, s.Right)).ToList();
        var contentLeft = anchor.Segments[1].Left;

        start = anchorIndex;
        while (start - 1 >= earliest && anchorIndex - (start - 1) <= MaxHeaderLinesAbove
            && IsHeaderLineAbove(lines[start - 1], lines[start], contentLeft, headerRanges))
        {
            start--;
        }

        var headerAbove = lines.Skip(start).Take(anchorIndex - start).Select(Key).ToHashSet(StringComparer.Ordinal);
        var members = new List<(PdfLine Line, bool Repeated)>();
        members.AddRange(lines.Skip(start).Take(anchorIndex - start + 1).Select(l => (l, false)));
        var repeating = false;

        // Header lines wrapped below the TT line, to recognise them when the header repeats.
        var headerBelow = new HashSet<string>(StringComparer.Ordinal);
        var inHeader = true;
        var i = anchorIndex + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = lines[i - 1];
            if (IsHeaderAnchor(line))
            {
                if (Key(line) != headerKey)
                {
                    break;
                }

                // The header repeated on a new page or a new piece of the table: its lines above
                // the TT line were taken for the row before it; give them back.
                for (var m = members.Count - 1; m >= 0 && !members[m].Repeated && headerAbove.Contains(Key(members[m].Line)); m--)
                {
                    members[m] = (members[m].Line, true);
                }

                members.Add((line, true));
                repeating = true;
                continue;
            }

            if (line.Page == previous.Page && previous.Baseline - line.Baseline > MaxRowGap * line.FontSize)
            {
                break;
            }

            if (line.Segments.Any(s => CrossesColumns(s, contentLeft, headerRanges)))
            {
                break;
            }

            var inNumberColumn = line.Segments[0].Left < contentLeft - 1;
            if (repeating && !inNumberColumn && headerBelow.Contains(Key(line)))
            {
                members.Add((line, true));
                continue;
            }

            repeating = false;
            if (inHeader && !inNumberColumn)
            {
                headerBelow.Add(Key(line));
            }
            else
            {
                inHeader = false;
            }

            foreach (var segment in line.Segments.Where(s => s.Left > number.Right + 1))
            {
                contentLeft = Math.Min(contentLeft, segment.Left);
            }

            members.Add((line, false));
        }

        var kept = members.Where(m => !m.Repeated).Select(m => m.Line).ToList();
        var boundaries = ColumnBoundaries(kept);
        if (boundaries.Count < 2 || kept.Count < 2)
        {
            return false;
        }

        table = ToTable(kept, anchorIndex - start, boundaries);
        end = i;
        return true;
    }

    /// <summary>A line just above the TT line, kept to the heading columns, with nothing in the TT column.</summary>
    private static bool IsHeaderLineAbove(PdfLine line, PdfLine below, double contentLeft, List<(double Left, double Right)> headerRanges) =>
        line.Page == below.Page
        && line.Baseline - below.Baseline <= 1.6 * Math.Max(line.FontSize, below.FontSize)
        && line.Segments[0].Left >= contentLeft - 1
        && !line.Segments.Any(s => CrossesColumns(s, contentLeft, headerRanges));

    /// <summary>A run of text reaching from the TT column into the content column, or across two headings, is a paragraph.</summary>
    private static bool CrossesColumns(PdfSegment segment, double contentLeft, List<(double Left, double Right)> headerRanges) =>
        (segment.Left < contentLeft - 1 && segment.Right > contentLeft + 1)
        || headerRanges.Count(r => Math.Min(r.Right, segment.Right) - Math.Max(r.Left, segment.Left) > 1) >= 2;

    /// <summary>The x-ranges no segment of the table covers, as the dividing lines between columns.</summary>
    private static List<double> ColumnBoundaries(List<PdfLine> lines)
    {
        var ranges = lines.SelectMany(l => l.Segments).Select(s => (s.Left, s.Right)).OrderBy(r => r.Left).ToList();
        var blocks = new List<(double Left, double Right)>();
        foreach (var range in ranges)
        {
            if (blocks.Count > 0 && range.Left <= blocks[^1].Right + 1)
            {
                blocks[^1] = (blocks[^1].Left, Math.Max(blocks[^1].Right, range.Right));
            }
            else
            {
                blocks.Add(range);
            }
        }

        // One boundary before each column's start; the first column starts at minus infinity.
        var boundaries = new List<double> { double.NegativeInfinity };
        for (var b = 1; b < blocks.Count; b++)
        {
            boundaries.Add((blocks[b - 1].Right + blocks[b].Left) / 2);
        }

        return boundaries;
    }

    /// <summary>The header is the lines down to the TT line and the wrapped lines after it; each TT entry starts a row.</summary>
    private static Table ToTable(List<PdfLine> lines, int anchorOffset, List<double> boundaries)
    {
        var header = NewRow(boundaries.Count);
        var rows = new List<List<string>[]>();
        for (var l = 0; l < lines.Count; l++)
        {
            var cells = NewRow(boundaries.Count);
            foreach (var group in lines[l].Words.GroupBy(w => ColumnOf(w.Center, boundaries)))
            {
                cells[group.Key].Add(string.Join(' ', group.Select(w => w.Text)));
            }

            if (l > anchorOffset && cells[0].Count > 0)
            {
                rows.Add(cells);
            }
            else
            {
                Append(rows.Count == 0 ? header : rows[^1], cells);
            }
        }

        var result = new List<TableRow> { ToRow(header, isHeader: true) };
        result.AddRange(rows.Select(r => ToRow(r, isHeader: false)));
        return new Table(result);
    }

    private static List<string>[] NewRow(int columns) => Enumerable.Range(0, columns).Select(_ => new List<string>()).ToArray();

    private static void Append(List<string>[] row, List<string>[] lines)
    {
        for (var c = 0; c < row.Length; c++)
        {
            row[c].AddRange(lines[c]);
        }
    }

    private static TableRow ToRow(List<string>[] cells, bool isHeader) =>
        new(cells.Select(lines => new TableCell(PdfLayout.JoinWrapped(lines, "\n"))).ToList(), isHeader);

    private static int ColumnOf(double x, List<double> boundaries)
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

    private static bool IsHeaderAnchor(PdfLine line) =>
        line.Segments.Count >= 3 && NumberHeading().IsMatch(line.Segments[0].Text);

    private static string Key(PdfLine line) =>
        string.Join(' ', line.Segments.Select(s => s.Text)).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:S?TT|Số\s*TT)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberHeading();
}
