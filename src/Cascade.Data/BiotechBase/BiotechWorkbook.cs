using System.Globalization;
using Cascade.Core.BiotechBase;
using Cascade.Core.Text;
using ClosedXML.Excel;

namespace Cascade.Data.BiotechBase;

/// <summary>What is wrong with a workbook as a whole, before any row is read.</summary>
public enum WorkbookProblem
{
    None,

    /// <summary>Not an .xlsx file, or a damaged one.</summary>
    NotAWorkbook,

    /// <summary>The first sheet lacks a column the template has (kind and name at least).</summary>
    MissingColumns,

    /// <summary>No row below the header.</summary>
    NoRows,

    /// <summary>More rows than one import takes.</summary>
    TooManyRows,
}

/// <summary>A row's error: its row number in the sheet, the column, and, for a repeated entry, the row it repeats.</summary>
public sealed record RowError(int Row, BiotechError Error, int? SameAsRow = null);

/// <summary>A row read without error.</summary>
public sealed record WorkbookRow(int Row, BiotechEntryValues Values);

public sealed record WorkbookReading(WorkbookProblem Problem, IReadOnlyList<BiotechColumn> MissingColumns, IReadOnlyList<WorkbookRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Problem == WorkbookProblem.None && Errors.Count == 0;
}

/// <summary>
/// The import workbook of the biotechnology base: the first sheet, one entry a row under a header
/// row naming the columns (in any order), as in the template it writes. Reading never saves.
/// </summary>
public static class BiotechWorkbook
{
    public const int MaxRows = 5000;

    /// <summary>The header of each column, as the template writes it.</summary>
    public static IReadOnlyList<(BiotechColumn Column, string Header)> Headers { get; } =
    [
        (BiotechColumn.Kind, "Loại"),
        (BiotechColumn.Sector, "Lĩnh vực"),
        (BiotechColumn.Name, "Tên"),
        (BiotechColumn.Code, "Mã số (mã số thuế, mã đề tài)"),
        (BiotechColumn.Organisation, "Tổ chức chủ quản"),
        (BiotechColumn.Year, "Năm"),
        (BiotechColumn.Description, "Mô tả"),
        (BiotechColumn.Status, "Tình trạng"),
    ];

    public static WorkbookReading Read(Stream stream)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            return new(WorkbookProblem.NotAWorkbook, [], [], []);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var columns = HeaderColumns(sheet);
            var missing = new[] { BiotechColumn.Kind, BiotechColumn.Name }.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                return new(WorkbookProblem.MissingColumns, missing, [], []);
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > MaxRows)
            {
                return new(WorkbookProblem.TooManyRows, [], [], []);
            }

            var rows = new List<WorkbookRow>();
            var errors = new List<RowError>();
            for (var number = 2; number <= last; number++)
            {
                string? Cell(BiotechColumn column) => columns.TryGetValue(column, out var at) ? Text(sheet.Cell(number, at), column) : null;
                var input = new BiotechEntryInput(Cell(BiotechColumn.Kind), Cell(BiotechColumn.Sector), Cell(BiotechColumn.Name), Cell(BiotechColumn.Code),
                    Cell(BiotechColumn.Organisation), Cell(BiotechColumn.Year), Cell(BiotechColumn.Description), Cell(BiotechColumn.Status));
                if (IsBlank(input))
                {
                    continue;
                }

                var (values, rowErrors) = input.Read();
                if (values is null)
                {
                    errors.AddRange(rowErrors.Select(e => new RowError(number, e)));
                    continue;
                }

                var earlier = rows.FirstOrDefault(r => BiotechEntry.AreSame(r.Values.Kind, r.Values.Code, r.Values.Name, values.Kind, values.Code, values.Name));
                if (earlier is not null)
                {
                    errors.Add(new RowError(number, BiotechError.Duplicate, earlier.Row));
                    continue;
                }

                rows.Add(new WorkbookRow(number, values));
            }

            return rows.Count == 0 && errors.Count == 0
                ? new(WorkbookProblem.NoRows, [], [], [])
                : new(WorkbookProblem.None, [], rows, errors);
        }
    }

    /// <summary>The template: the header row, a text column for codes, and the allowed values as drop-down lists.</summary>
    public static byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Danh mục");
        var values = workbook.AddWorksheet("Giá trị");
        for (var i = 0; i < Headers.Count; i++)
        {
            sheet.Cell(1, i + 1).Value = Headers[i].Header;
        }

        var header = sheet.Range(1, 1, 1, Headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.LightGray;
        sheet.SheetView.FreezeRows(1);

        // Widths set by hand: measuring the text (AdjustToContents) needs GDI, absent on Linux servers.
        double[] widths = [18, 20, 45, 22, 35, 8, 60, 18];
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }

        // A tax code typed as a number loses its leading zero (0101234567 → 101234567).
        sheet.Column(ColumnOf(BiotechColumn.Code)).Style.NumberFormat.Format = "@";

        var lists = new[]
        {
            (BiotechColumn.Kind, "Loại", BiotechLabels.Kinds.Select(k => k.Label).ToList()),
            (BiotechColumn.Sector, "Lĩnh vực", BiotechLabels.Sectors.Select(s => s.Label).ToList()),
            (BiotechColumn.Status, "Tình trạng", BiotechLabels.Statuses.Select(s => s.Label).ToList()),
        };
        for (var i = 0; i < lists.Length; i++)
        {
            var (column, title, labels) = lists[i];
            values.Cell(1, i + 1).Value = title;
            values.Cell(1, i + 1).Style.Font.Bold = true;
            for (var j = 0; j < labels.Count; j++)
            {
                values.Cell(j + 2, i + 1).Value = labels[j];
            }

            values.Column(i + 1).Width = 24;
            var at = ColumnOf(column);
            sheet.Range(2, at, MaxRows + 1, at).SetDataValidation().List(values.Range(2, i + 1, labels.Count + 1, i + 1));
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int ColumnOf(BiotechColumn column) => Headers.Select((h, i) => (h.Column, i)).First(h => h.Column == column).i + 1;

    /// <summary>The columns of the header row, known by their first words without accents ("Mã số" for "Mã số (mã số thuế...)").</summary>
    private static Dictionary<BiotechColumn, int> HeaderColumns(IXLWorksheet sheet)
    {
        var found = new Dictionary<BiotechColumn, int>();
        var lastColumn = sheet.Row(1).LastCellUsed()?.Address.ColumnNumber ?? 0;
        for (var at = 1; at <= lastColumn; at++)
        {
            var text = VietnameseText.FoldAccents(sheet.Cell(1, at).GetString());
            foreach (var (column, name) in Headers)
            {
                var key = VietnameseText.FoldAccents(name.Split('(')[0]);
                if (text.Length > 0 && (text == key || text.StartsWith(key + " ", StringComparison.Ordinal) || text.StartsWith(key + "(", StringComparison.Ordinal)))
                {
                    found.TryAdd(column, at);
                }
            }
        }

        return found;
    }

    private static string? Text(IXLCell cell, BiotechColumn column)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        if (cell.DataType == XLDataType.Number)
        {
            var number = cell.GetDouble();
            var text = number.ToString("0.##########", CultureInfo.InvariantCulture);

            // A tax code stored as a number lost its leading zero: Hà Nội's codes start with 01.
            return column == BiotechColumn.Code && text.Length == 9 && number == Math.Floor(number) ? "0" + text : text;
        }

        if (cell.DataType == XLDataType.DateTime && column == BiotechColumn.Year)
        {
            return cell.GetDateTime().Year.ToString(CultureInfo.InvariantCulture);
        }

        return cell.GetString();
    }

    private static bool IsBlank(BiotechEntryInput input) =>
        new[] { input.Kind, input.Sector, input.Name, input.Code, input.Organisation, input.Year, input.Description, input.Status }.All(string.IsNullOrWhiteSpace);
}
