using ClosedXML.Excel;

namespace Cascade.Export.Tables;

/// <summary>
/// An <see cref="ExportTable"/> as an Excel sheet: Vietnamese headers in bold on a frozen first row,
/// widths set by hand (ClosedXML's AdjustToContents needs GDI, absent on the servers), long text
/// wrapped, dates as real dates shown dd/MM/yyyy, and an autofilter to sort and filter by.
/// </summary>
internal static class XlsxTable
{
    public static byte[] Write(ExportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(table.SheetName);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            sheet.Column(c + 1).Width = column.Width;
            var header = sheet.Cell(1, c + 1);
            header.SetValue(column.Header);
            header.DataType = XLDataType.Text;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Set(sheet.Cell(r + 2, c + 1), row[c], table.Columns[c].Kind);
            }
        }

        var used = sheet.Range(1, 1, Math.Max(1, table.Rows.Count + 1), table.Columns.Count);
        used.Style.Alignment.WrapText = true;
        used.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var headers = sheet.Range(1, 1, 1, table.Columns.Count);
        headers.Style.Font.Bold = true;
        headers.Style.Fill.BackgroundColor = XLColor.FromHtml("#E7EEF7");
        headers.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        headers.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.SheetView.FreezeRows(1);
        used.SetAutoFilter();

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Set(IXLCell cell, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                return;
            case int number when kind == ColumnKind.Number:
                cell.SetValue(number);
                return;
            default:
                // Text stays text: "1.2" is a task's number, not a decimal, and "=..." is not a formula.
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                cell.DataType = XLDataType.Text;
                return;
        }
    }
}
