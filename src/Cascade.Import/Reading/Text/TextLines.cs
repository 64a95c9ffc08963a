using System.Text;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// Turns exported text into lines the readers can trust: one line-ending style, NFC, inline HTML
/// that converters leave behind removed, and the stamps of digital signatures dropped (they are
/// printed by the signing software over the page, not part of the plan).
/// </summary>
internal static partial class TextLines
{
    /// <summary>Stands for a line break inside a table cell ("&lt;br&gt;" in a Markdown table).</summary>
    public const char CellBreak = '\u2028';

    public static List<string> Prepare(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\f', '\n')
            .Replace('\u00A0', ' ')
            .Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        var lines = new List<string>();
        foreach (var raw in normal.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Contains('<', StringComparison.Ordinal))
            {
                line = InlineTag().Replace(LineBreakTag().Replace(line, CellBreak.ToString()), string.Empty);
            }

            lines.Add(IsSignatureStamp(line) ? string.Empty : line);
        }

        return lines;
    }

    public static bool IsBlank(string line) => line.Trim().Length == 0;

    private static bool IsSignatureStamp(string line) => SignatureStamp().IsMatch(line);

    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|span|sup|sub|font|p|div)(?:\s[^<>]{0,200})?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex InlineTag();

    // What signing software prints: the certificate authority, the signing time, the signer line.
    [GeneratedRegex(@"^\s*(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:?\d{2}|Z)?|.*đã ký lên văn bản này.*|.*CHỨNG THỰC SỐ VÀ BẢO MẬT THÔNG TIN.*|PHIÊN BẢN THỬ NGHIỆM|Ký bởi:.*|Thời gian ký:.*|Cơ quan:.*@.*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SignatureStamp();
}
