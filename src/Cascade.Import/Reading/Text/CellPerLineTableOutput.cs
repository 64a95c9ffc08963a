namespace Cascade.Import.Reading.Text;

/// <summary>The rebuilt rows as a table: merged cells carried to the rows they span.</summary>
internal sealed partial class TableState
{
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
}
