using System.Text;

namespace Cascade.Export.Csv;

/// <summary>
/// A table written as CSV (RFC 4180): fields quoted when they hold a comma, quote or line break,
/// lines ended CRLF, and a UTF-8 byte-order mark so that Excel opens Vietnamese text correctly.
/// </summary>
public static class CsvTable
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Quote(fields[i] ?? string.Empty));
        }

        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
