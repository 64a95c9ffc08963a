namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Rebuilds a table from word positions. It starts at a header whose first column is the row
/// number (TT, STT) and runs, across pages, while lines keep to its columns; header rows repeated
/// on later pages are dropped.
/// Columns: the borders the page draws when it has a grid, else the x-ranges the table's text
/// covers, with the uncovered gaps (cell padding) between them.
/// Rows: the horizontal borders when there are some (cells may then be centred vertically), else
/// each entry in the TT column starts a row, so wrapped lines and a row cut by a page break stay
/// in their row.
/// </summary>
internal static partial class PdfTables
{
    /// <summary>A vertical gap above this many font sizes inside a page ends the table.</summary>
    private const double MaxRowGap = 4;

    /// <summary>Header lines looked at around the TT line (a header centred or aligned to the bottom).</summary>
    private const int HeaderReach = 4;

    /// <param name="lines">All lines of the document, page furniture removed.</param>
    /// <param name="anchorIndex">Where to look for the TT header line.</param>
    /// <param name="earliest">Lines before this belong to something already read.</param>
    /// <param name="rules">The borders drawn on each page.</param>
    /// <param name="table">The table read.</param>
    /// <param name="start">The first line of the table, its header included.</param>
    /// <param name="end">The line after the table.</param>
    public static bool TryRead(IReadOnlyList<PdfLine> lines, int anchorIndex, int earliest, IReadOnlyDictionary<int, PdfRules> rules,
        out Table table, out int start, out int end)
    {
        table = null!;
        start = end = anchorIndex;
        if (HeaderAt(lines, anchorIndex, rules) is not { } header)
        {
            return false;
        }

        var contentLeft = header.ContentLeft;
        start = anchorIndex;
        while (start - 1 >= earliest && anchorIndex - (start - 1) <= HeaderReach
            && IsHeaderLine(lines[start - 1], lines[start], header, contentLeft, rules))
        {
            start--;
        }

        var frameLeft = FrameLeft(lines[anchorIndex], rules);
        var headerAbove = lines.Skip(start).Take(anchorIndex - start).Select(Key).ToHashSet(StringComparer.Ordinal);
        var members = lines.Skip(start).Take(anchorIndex - start + 1).Select(l => (Line: l, Repeated: false)).ToList();

        // Header lines wrapped below the TT line, to recognise them when the header repeats.
        var headerBelow = new HashSet<string>(StringComparer.Ordinal);
        var inHeader = true;
        var repeating = false;
        var i = anchorIndex + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = lines[i - 1];
            if (line.Segments[0].Text is var first && NumberHeading().IsMatch(first) && HeaderAt(lines, i, rules) is { } again)
            {
                if (again.Key != header.Key)
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

            // Inside the grid's frame a line belongs to the table whatever its shape (a group
            // heading spans the columns); outside, it must keep to the columns.
            var framed = frameLeft is { } frame && InsideFrame(line, frame, rules);
            if (!framed && line.Page == previous.Page && previous.Baseline - line.Baseline > MaxRowGap * line.FontSize)
            {
                break;
            }

            if (!framed && line.Segments.Any(s => CrossesColumns(s, contentLeft, header.Columns)))
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

            foreach (var segment in line.Segments.Where(s => s.Left > header.Number.Right + 1))
            {
                contentLeft = Math.Min(contentLeft, segment.Left);
            }

            members.Add((line, false));
        }

        var kept = members.Where(m => !m.Repeated).Select(m => m.Line).ToList();
        var anchor = lines[anchorIndex];
        var grid = rules.GetValueOrDefault(anchor.Page) ?? PdfRules.None;
        var gridBoundaries = GridBoundaries(grid, anchor);
        var boundaries = gridBoundaries ?? GapBoundaries(kept);
        if (boundaries.Count < 3 || kept.Count < 2)
        {
            return false;
        }

        var rows = HasRowRules(kept, anchorOffset: anchorIndex - start, rules, boundaries)
            ? PdfGrid.Rows(kept, anchorIndex - start, boundaries, rules, hasColumnRules: gridBoundaries is not null)
            : RowsByNumberColumn(kept, anchorIndex - start, boundaries);
        table = new Table(rows);
        end = i;
        return true;
    }

    /// <summary>A run of text reaching from the TT column into the content column, or across two headings, is a paragraph.</summary>
    private static bool CrossesColumns(PdfSegment segment, double contentLeft, List<(double Left, double Right)> headings) =>
        (segment.Left < contentLeft - 1 && segment.Right > contentLeft + 1)
        || headings.Count(r => Math.Min(r.Right, segment.Right) - Math.Max(r.Left, segment.Left) > 1) >= 2;

    /// <summary>The x of the grid's left border at the TT line, if the page draws one.</summary>
    private static double? FrameLeft(PdfLine anchor, IReadOnlyDictionary<int, PdfRules> rules) =>
        rules.TryGetValue(anchor.Page, out var page)
            ? page.Vertical.Where(v => v.X <= anchor.Left && v.Bottom <= anchor.Baseline && v.Top >= anchor.Baseline)
                .Select(v => (double?)v.X).Max()
            : null;

    private static bool InsideFrame(PdfLine line, double frameLeft, IReadOnlyDictionary<int, PdfRules> rules) =>
        rules.TryGetValue(line.Page, out var page)
        && page.Vertical.Any(v => Math.Abs(v.X - frameLeft) <= 3 && v.Bottom <= line.Baseline && v.Top >= line.Baseline);

    /// <summary>Column dividers from the grid's vertical borders across the TT line, when it has them.</summary>
    private static List<double>? GridBoundaries(PdfRules grid, PdfLine anchor)
    {
        var xs = grid.Vertical
            .Where(v => v.Bottom <= anchor.Baseline && v.Top >= anchor.Baseline)
            .Select(v => v.X)
            .Order()
            .ToList();
        var distinct = new List<double>();
        foreach (var x in xs)
        {
            if (distinct.Count == 0 || x - distinct[^1] > 2)
            {
                distinct.Add(x);
            }
        }

        // Outer borders and at least two inner dividers around the TT line's words.
        if (distinct.Count < 4 || distinct[0] > anchor.Left || distinct[^1] < anchor.Right)
        {
            return null;
        }

        return [double.NegativeInfinity, .. distinct.Skip(1).SkipLast(1)];
    }

    /// <summary>The x-ranges no segment of the table covers, as the dividing lines between columns.</summary>
    private static List<double> GapBoundaries(List<PdfLine> lines)
    {
        var blocks = Merge(lines.SelectMany(l => l.Segments).Select(s => (s.Left, s.Right)));
        var boundaries = new List<double> { double.NegativeInfinity };
        for (var b = 1; b < blocks.Count; b++)
        {
            boundaries.Add((blocks[b - 1].Right + blocks[b].Left) / 2);
        }

        return boundaries;
    }

    /// <summary>
    /// Borders between most numbered rows mean a full grid. A rule under the header alone (or
    /// under each piece's header) is a style, not a grid.
    /// </summary>
    private static bool HasRowRules(List<PdfLine> lines, int anchorOffset, IReadOnlyDictionary<int, PdfRules> rules, List<double> boundaries)
    {
        var rulesBetween = lines.Zip(lines.Skip(1)).Count(p => p.First.Page == p.Second.Page && RuleBetween(p.First, p.Second, rules, boundaries[1]));
        var numbered = lines.Skip(anchorOffset + 1).Count(l => CellsOf(l, boundaries)[0].Count > 0);
        return rulesBetween >= 2 && rulesBetween >= 0.6 * numbered;
    }

    /// <summary>A horizontal border under <paramref name="upper"/> and over <paramref name="lower"/>, across the TT column.</summary>
    internal static bool RuleBetween(PdfLine upper, PdfLine lower, IReadOnlyDictionary<int, PdfRules> rules, double firstDivider) =>
        rules.TryGetValue(upper.Page, out var page) && page.Horizontal.Any(h =>
            h.Y < upper.Baseline - (0.1 * upper.FontSize) && h.Y > lower.Baseline + (0.5 * lower.FontSize)
            && h.Left <= Math.Min(upper.Left, lower.Left) + 2 && h.Right >= firstDivider);

    /// <summary>Without row borders: the header is the lines down to the TT line and the wrapped lines after it; each TT entry starts a row.</summary>
    private static List<TableRow> RowsByNumberColumn(List<PdfLine> lines, int anchorOffset, List<double> boundaries)
    {
        var header = NewRow(boundaries.Count);
        var rows = new List<List<string>[]>();
        for (var l = 0; l < lines.Count; l++)
        {
            var cells = CellsOf(lines[l], boundaries);
            if (l > anchorOffset && cells[0].Count > 0)
            {
                rows.Add(cells);
            }
            else
            {
                Append(rows.Count == 0 ? header : rows[^1], cells);
            }
        }

        return [ToRow(header, isHeader: true), .. rows.Select(r => ToRow(r, isHeader: false))];
    }
}
