using System.Globalization;
using Cascade.Export.Csv;

namespace Cascade.Export.Tables;

/// <summary>What a column holds: text, a whole number, or a date (a real date in a spreadsheet, dd/MM/yyyy in CSV).</summary>
public enum ColumnKind
{
    Text,
    Number,
    Date,
}

/// <summary>A column: its Vietnamese header, its width in characters as a spreadsheet measures it, and what it holds.</summary>
public sealed record ExportColumn(string Header, double Width, ColumnKind Kind = ColumnKind.Text);

/// <summary>
/// A table taken away as a file: the same columns and rows written as XLSX or CSV, so that the two
/// formats of one export never differ in what they hold.
/// </summary>
/// <param name="Rows">Cells as string, int or DateOnly (by the column's kind), or null when empty.</param>
public sealed record ExportTable(string SheetName, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public byte[] ToCsv() => CsvTable.Write(Columns.Select(c => c.Header).ToList(), Rows.Select(r => (IReadOnlyList<string?>)r.Select(Text).ToList()));

    public byte[] ToXlsx() => XlsxTable.Write(this);

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
