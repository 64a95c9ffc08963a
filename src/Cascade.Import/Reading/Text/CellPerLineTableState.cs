using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"\s[-–]\s+(?=(?:Các|Sở|Bộ|Ban|Ủy ban|UBND|Cơ quan|Đơn vị|Tổ chức|Trung tâm|Viện|Trường|Hội|Liên hiệp|Đài|Báo|Công an)(?![\p{L}]))", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DashBeforeAgency();
}
