using Cascade.Core.Timeframes;

namespace Cascade.Import.Reading.Text;

/// <summary>Which cell of its row a printed line belongs to.</summary>
internal sealed partial class TableState
{
    private int PickForward(PrintedRow row, string line)
    {
        var cur = Math.Max(1, row.Current);
        if (row.Cells[cur].Count == 0)
        {
            return _kinds[cur] == ColumnKind.Content || Fits(_kinds[cur], line) || LineShapes.StartsLowercase(line) ? cur : Jump(row, cur, line) ?? cur;
        }

        if (LineShapes.StartsLowercase(line))
        {
            // "các sở, ngành liên quan" in lower case still opens an agency cell after a finished one.
            var opensList = cur + 1 < Columns && _kinds[cur + 1] is ColumnKind.Lead or ColumnKind.Support
                && LineShapes.StartsLowercaseCollective(line) && !LineShapes.EndsHanging(row.Last(cur))
                && (_kinds[cur] != ColumnKind.Content || LineShapes.EndsSentence(row.Last(cur)));
            return opensList ? cur + 1 : cur;
        }

        var next = cur + 1;
        if (next < Columns && Fits(_kinds[next], line) && CanLeave(row, cur, line, _kinds[next]))
        {
            return next;
        }

        return Jump(row, cur, line) ?? cur;
    }

    /// <summary>A timeframe right after the content or the lead: the cells between are empty (merged).</summary>
    private int? Jump(PrintedRow row, int cur, string line)
    {
        if (!LineShapes.StartsTimeframe(line) || LineShapes.StartsAgency(line) || LineShapes.EndsHanging(row.Last(cur)) || row.Cells[cur].Count == 0)
        {
            return null;
        }

        if (line.TrimStart() is [var first, ..] && char.IsDigit(first) && !LineShapes.IsWholeTimeframe(line) && line.Length > 20)
        {
            // "2030, định hướng đến năm 2045": a sentence that starts with a year, not a timeframe cell.
            return null;
        }

        for (var c = cur + 1; c < Columns; c++)
        {
            if (_kinds[c] == ColumnKind.Time)
            {
                return c;
            }

            if (row.Cells[c].Count > 0)
            {
                return null;
            }
        }

        return null;
    }

    private bool CanLeave(PrintedRow row, int cur, string line, ColumnKind next)
    {
        var kind = _kinds[cur];
        var last = row.Last(cur);
        if (last == "-")
        {
            return true;
        }

        var dash = line.TrimStart().StartsWith('-');
        switch (kind)
        {
            case ColumnKind.Content:
                if (next is ColumnKind.Lead or ColumnKind.Support)
                {
                    // A name starting a line of the content column is rare; a narrower line is a new cell.
                    // A lone capitalised word ("Phòng" of "Hải Phòng") is the end of a name, not a new cell.
                    return !LineShapes.EndsHanging(last) && (dash || FirstCell(line).Length < _widest.GetValueOrDefault(ColumnKind.Content, 80) * 0.8)
                        && (dash || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2);
                }

                return !LineShapes.EndsHanging(last);
            case ColumnKind.Lead or ColumnKind.Support:
                if (next == ColumnKind.Time)
                {
                    // A list often ends with a stray ";": a timeframe still starts the next cell.
                    return LineShapes.StartsTimeframe(line) && !LineShapes.StartsAgency(line) && !HangingWord(last);
                }

                if (next is ColumnKind.Lead or ColumnKind.Support)
                {
                    var dashList = row.Cells[cur][0].TrimStart().StartsWith('-');
                    if (dash)
                    {
                        return !dashList || !(last.EndsWith(';') || last.EndsWith(','));
                    }

                    return !LineShapes.EndsHanging(last);
                }

                if (next == ColumnKind.Product)
                {
                    // "Các tổ chức ..." goes on with the list; "Đề án", "Các sự kiện" are products.
                    return !LineShapes.EndsHanging(last)
                        && (LineShapes.StartsProduct(line) || !LineShapes.StartsAbbreviation(line)
                            && (!LineShapes.StartsAgency(line) || line.TrimStart().StartsWith("Các ", StringComparison.Ordinal) && !LineShapes.StartsCollectiveOfBodies(line)));
                }

                return !LineShapes.EndsHanging(last);
            default:
                return !LineShapes.EndsHanging(last);
        }
    }

    /// <summary>The part of a line before a second cell printed on the same line.</summary>
    private static string FirstCell(string line)
    {
        var m = DashBeforeAgency().Match(line);
        if (m.Success && m.Index > 0)
        {
            return line[..m.Index];
        }

        return TimeTail(line) is { } cut ? line[..cut] : line;
    }

    private static bool HangingWord(string last) => LineShapes.EndsHanging(last) && !last.EndsWith(';') && !last.EndsWith(',');

    private static bool Fits(ColumnKind kind, string line) => kind switch
    {
        ColumnKind.Content => !LineShapes.StartsLowercase(line),
        ColumnKind.Lead or ColumnKind.Support => LineShapes.StartsAgency(line),
        ColumnKind.Time => LineShapes.StartsTimeframe(line) || line == "-",
        ColumnKind.Product => LineShapes.StartsUppercase(line) || line == "-",
        _ => !LineShapes.StartsLowercase(line),
    };

    /// <summary>
    /// After a page break: each cell that the break cut goes on, in column order. A line goes to
    /// the first unfinished cell it can continue.
    /// </summary>
    private int PickResumed(PrintedRow row, string line)
    {
        var lower = LineShapes.StartsLowercase(line);
        var agency = LineShapes.StartsAgency(line);
        if (!row.ResumedStarted)
        {
            row.ResumedStarted = true;
            for (var c = 1; c < Columns; c++)
            {
                if (Unfinished(row, c) && (lower || agency == (_kinds[c] is ColumnKind.Lead or ColumnKind.Support)))
                {
                    return c;
                }
            }

            if (LineShapes.StartsTimeframe(line) && NextOf(0, ColumnKind.Time) is { } time)
            {
                return time;
            }

            for (var c = row.Current + 1; c < Columns; c++)
            {
                if (row.Cells[c].Count == 0)
                {
                    return PickForward(row, line);
                }
            }

            for (var c = Columns - 1; c >= 1; c--)
            {
                if (agency && _kinds[c] is ColumnKind.Lead or ColumnKind.Support && row.Cells[c].Count > 0)
                {
                    return c;
                }
            }

            return PickForward(row, line);
        }

        var cur = row.Current;
        if (lower || LineShapes.EndsHanging(row.Last(cur)))
        {
            return cur;
        }

        for (var c = cur + 1; c < Columns; c++)
        {
            if (Unfinished(row, c))
            {
                return c;
            }
        }

        return PickForward(row, line);
    }

    private bool Unfinished(PrintedRow row, int column)
    {
        if (row.Cells[column].Count == 0)
        {
            return false;
        }

        var last = row.Last(column);
        return _kinds[column] == ColumnKind.Content ? !LineShapes.EndsSentence(last) || last.EndsWith(';') : LineShapes.EndsHanging(last);
    }

    private bool StartsActivity(PrintedRow row, string line)
    {
        var cur = row.Current;
        if (_kinds[cur] != ColumnKind.Time || row.Cells[cur].Count is 0 or > 20 || !LineShapes.StartsUppercase(line)
            || LineShapes.StartsTimeframe(line) || LineShapes.StartsAgency(line) || LineShapes.EndsHanging(row.Last(cur)))
        {
            return false;
        }

        return TimeframeParser.Parse(row.Text(cur)).Kind != TimeframeKind.Unspecified
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5;
    }

    private int? NextOf(int column, ColumnKind kind)
    {
        for (var c = column + 1; c < Columns; c++)
        {
            if (_kinds[c] == kind)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Where a timeframe printed at the end of an agency line starts ("...liên quan; Hàng năm").</summary>
    private static int? TimeTail(string line)
    {
        // A timeframe tail is a few words: look only at the end of the line.
        for (var i = line.Length - 2; i > 0 && i >= line.Length - 40; i--)
        {
            if (line[i] is ';' or '.' or ',' && line[i + 1] == ' ' && LineShapes.IsWholeTimeframe(line[(i + 1)..]))
            {
                return i + 1;
            }
        }

        return null;
    }
}
