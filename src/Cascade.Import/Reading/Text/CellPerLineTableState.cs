using System.Text.RegularExpressions;
using Cascade.Core.Timeframes;

namespace Cascade.Import.Reading.Text;

/// <summary>Assigns printed lines to the rows and cells of a table printed one cell per line.</summary>
internal sealed partial class TableState(CellPerLineTableReader.Heading heading)
{
    private readonly IReadOnlyList<ColumnKind> _kinds = heading.Kinds;
    private readonly List<PrintedRow> _rows = [];
    private readonly Dictionary<ColumnKind, int> _widest = [];
    private int? _top;
    private string? _sub;
    private int _roman;
    private bool _afterGroup = true;

    private PrintedRow? Row => _rows.Count == 0 ? null : _rows[^1];

    private int Columns => _kinds.Count;

    /// <summary>A group number was printed alone: its title (perhaps in capitals) comes next.</summary>
    public bool ExpectsGroupTitle => Row is { IsGroup: true } row && row.Cells[1].Count == 0;

    public void Resume()
    {
        if (Row is { IsGroup: false } row)
        {
            row.Resumed = true;
            row.ResumedStarted = false;
        }
    }

    /// <summary>Starts a row when the line begins with the number the table expects next.</summary>
    public bool TryStartRow(string line)
    {
        var m = CellPerLineTableReader.RowStart().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var rest = m.Groups["rest"].Success ? m.Groups["rest"].Value : null;
        if (rest is not null && !LineShapes.StartsUppercase(rest))
        {
            return false;
        }

        if (m.Groups["roman"].Success)
        {
            var value = CellPerLineTableReader.RomanValue(m.Groups["roman"].Value);
            if (value != _roman + 1)
            {
                return false;
            }

            _roman = value.Value;
            _afterGroup = true;
            var group = new PrintedRow(m.Groups["roman"].Value, isGroup: true, Columns);
            _rows.Add(group);
            if (rest is not null)
            {
                group.Cells[1].Add(rest);
            }

            return true;
        }

        var number = m.Groups["num"].Value;
        if (!Expected(number, lenient: rest is null))
        {
            return false;
        }

        StartRow(number);
        if (rest is not null)
        {
            Feed(rest);
        }

        return true;
    }

    /// <summary>
    /// "năm 2": the last line of a cell printed level with the next row's number. The cell runs
    /// across both rows; the number starts the next row.
    /// </summary>
    public bool TrySplitGluedNumber(string line, string nextLine)
    {
        if (Row is not { IsGroup: false } || !LineShapes.StartsUppercase(nextLine))
        {
            return false;
        }

        var m = CellPerLineTableReader.GluedNumber().Match(line);
        if (!m.Success || _top is null || CellPerLineTableReader.ParseInt(m.Groups["num"].Value) != _top + 1)
        {
            return false;
        }

        Feed(m.Groups["head"].Value);
        var overflow = Row.Current;
        StartRow(m.Groups["num"].Value);
        _rows[^2].Overflow = overflow;
        return true;
    }

    private bool Expected(string number, bool lenient)
    {
        var parts = number.Split('.');
        if (parts.Length == 1)
        {
            var n = CellPerLineTableReader.ParseInt(number);
            if (_top is null || _afterGroup && n == 1 || n == _top + 1)
            {
                return true;
            }

            // A number skipped in the source still starts a row; anything else is a page number.
            return lenient && n > _top && n <= _top + 2;
        }

        var prefix = string.Join('.', parts[..^1]);
        var last = CellPerLineTableReader.ParseInt(parts[^1]);
        var parent = _sub is not null && _sub.StartsWith(prefix + ".", StringComparison.Ordinal) ? _sub : null;
        if (parent is not null)
        {
            return last == CellPerLineTableReader.ParseInt(parent.Split('.')[^1]) + 1;
        }

        return last == 1 && (prefix == _top?.ToString(System.Globalization.CultureInfo.InvariantCulture) || prefix == _sub);
    }

    private void StartRow(string number)
    {
        var parts = number.Split('.');
        if (parts.Length == 1)
        {
            _top = CellPerLineTableReader.ParseInt(number);
            _sub = null;
        }
        else
        {
            _sub = number;
        }

        _afterGroup = false;
        _rows.Add(new PrintedRow(number, isGroup: false, Columns));
    }

    public void Feed(string line)
    {
        var row = Row;
        if (row is null)
        {
            return;
        }

        if (row.IsGroup)
        {
            row.Cells[1].Add(line);
            return;
        }

        if (CellPerLineTableReader.DashRun().IsMatch(line))
        {
            // "- - -": several empty cells side by side, each printed as a dash.
            var count = line.Count(c => c == '-');
            for (var k = 0; k < count && row.Current + 1 < Columns; k++)
            {
                row.Current++;
                row.Cells[row.Current].Add("-");
            }

            return;
        }

        if (row.Current == Columns - 1 && StartsActivity(row, line))
        {
            // A second activity printed under the same number, with no number of its own.
            row = new PrintedRow(string.Empty, isGroup: false, Columns);
            _rows.Add(row);
        }

        var column = row.Resumed ? PickResumed(row, line) : PickForward(row, line);
        Put(row, column, line);
    }

    /// <summary>Puts a line in a cell, cutting off what belongs to the cells after it.</summary>
    private void Put(PrintedRow row, int column, string line)
    {
        row.Current = column;
        var kind = _kinds[column];
        if (kind is ColumnKind.Lead or ColumnKind.Support)
        {
            var timeColumn = NextOf(column, ColumnKind.Time);
            if (timeColumn is { } tc && TimeTail(line) is { } cut)
            {
                Put(row, column, line[..cut].TrimEnd());
                row.Cells[tc].Add(line[cut..].Trim());
                row.Current = tc;
                return;
            }

            if (kind == ColumnKind.Lead && column + 1 < Columns && _kinds[column + 1] == ColumnKind.Support)
            {
                var m = DashBeforeAgency().Match(line);
                if (m.Success && m.Index > 0)
                {
                    Put(row, column, line[..m.Index].TrimEnd());
                    row.Current = column + 1;
                    Put(row, column + 1, line[m.Index..].Trim());
                    return;
                }
            }
        }

        if (line.Length > 0)
        {
            row.Cells[column].Add(line);
            _widest[kind] = Math.Max(_widest.GetValueOrDefault(kind), line.Length);
        }
    }

    private int PickForward(PrintedRow row, string line)
    {
        var cur = Math.Max(1, row.Current);
        if (row.Cells[cur].Count == 0)
        {
            return _kinds[cur] == ColumnKind.Content || Fits(_kinds[cur], line) || LineShapes.StartsLowercase(line) ? cur : Jump(row, cur, line) ?? cur;
        }

        if (LineShapes.StartsLowercase(line))
        {
            return cur;
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
                    return !LineShapes.EndsHanging(last) && (dash || FirstCell(line).Length < _widest.GetValueOrDefault(ColumnKind.Content, 80) * 0.8);
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
                    return !LineShapes.EndsHanging(last) && (!LineShapes.StartsAgency(line) || LineShapes.StartsProduct(line));
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

    public Table ToTable()
    {
        var rows = new List<TableRow>
        {
            new(_kinds.Select(k => new TableCell(Caption(k))).ToList(), IsHeader: true),
        };
        PrintedRow? previous = null;
        TableRow? previousRow = null;
        foreach (var row in _rows)
        {
            if (row.IsGroup)
            {
                rows.Add(new TableRow([new TableCell(row.Number), new TableCell(string.Join('\n', row.Cells[1]), ColumnSpan: Columns - 1)]));
                previous = null;
                previousRow = null;
                continue;
            }

            var cells = new List<TableCell> { new(row.Number) };
            var carries = previous is not null && (row.Number.Length == 0 || Siblings(previous.Number, row.Number));
            for (var c = 1; c < Columns; c++)
            {
                var text = string.Join('\n', row.Cells[c]);
                var mergeable = _kinds[c] is not (ColumnKind.Content or ColumnKind.Number);
                if (text.Length == 0 && previousRow is not null && mergeable && (carries || previous?.Overflow == c))
                {
                    cells.Add(new TableCell(previousRow.Cells[c].Text, MergedFromAbove: true));
                }
                else
                {
                    cells.Add(new TableCell(text));
                }
            }

            var built = new TableRow(cells);
            rows.Add(built);
            previous = row;
            previousRow = built;
        }

        return new Table(rows);
    }

    /// <summary>"1.2" after "1.1": rows of one parent, printed with their shared cells merged.</summary>
    private static bool Siblings(string previous, string current)
    {
        var a = previous.LastIndexOf('.');
        var b = current.LastIndexOf('.');
        return a > 0 && b > 0 && previous[..a] == current[..b];
    }

    private static string Caption(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "TT",
        ColumnKind.Content => "Nội dung nhiệm vụ",
        ColumnKind.Lead => "Cơ quan chủ trì",
        ColumnKind.Support => "Cơ quan phối hợp",
        ColumnKind.Product => "Sản phẩm",
        ColumnKind.Time => "Thời gian thực hiện",
        _ => "Ghi chú",
    };

    // " - Các Sở ...": a second agency list printed on the same line as the lead.
    [GeneratedRegex(@"\s[-–]\s+(?=(?:Các|Sở|Bộ|Ban|Ủy ban|UBND|Cơ quan|Đơn vị|Tổ chức|Trung tâm|Viện|Trường|Hội|Liên hiệp|Đài|Báo|Công an)(?![\p{L}]))", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DashBeforeAgency();
}
