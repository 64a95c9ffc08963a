using System.Text;

namespace Cascade.Import.Reading;

/// <summary>
/// Decodes an uploaded text file: a BOM decides (UTF-8, UTF-16 LE/BE), otherwise UTF-8. Legacy
/// Vietnamese code pages (TCVN3, VNI, Windows-1258) are not guessed: a wrong guess silently
/// garbles diacritics, so such a file is refused with advice to save it as UTF-8.
/// </summary>
internal static class TextDecoding
{
    /// <summary>Below this share of undecodable characters a file is read with a warning.</summary>
    private const double TolerableInvalidShare = 0.01;

    /// <summary>Above this share of control characters the bytes are not text at all.</summary>
    private const double BinaryControlShare = 0.02;

    internal sealed record Decoded(string? Text, SourceReadResult? Failure, ImportWarning? Warning);

    public static Decoded Decode(byte[] bytes)
    {
        var (encoding, skip) = DetectBom(bytes);
        if (encoding is null && LooksBinary(bytes))
        {
            return new(null, ReadFailures.Unsupported(), null);
        }

        var text = (encoding ?? new UTF8Encoding(false, false)).GetString(bytes, skip, bytes.Length - skip);
        if (text.Length == 0)
        {
            return new(text, null, null);
        }

        var invalid = 0;
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                invalid++;
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        if ((double)control / text.Length > BinaryControlShare)
        {
            return new(null, ReadFailures.Unsupported(), null);
        }

        if ((double)invalid / text.Length > TolerableInvalidShare)
        {
            return new(null, ReadFailures.Encoding(), null);
        }

        var warning = invalid > 0
            ? new ImportWarning("invalid-characters", $"Có {invalid} ký tự không đọc được (sai bảng mã); đã thay bằng dấu �.")
            : null;
        return new(text, null, warning);
    }

    private static (Encoding? Encoding, int Skip) DetectBom(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, false), 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, false), 2),
        _ => (null, 0),
    };

    /// <summary>NUL bytes never occur in UTF-8 text; without a BOM they mean binary data.</summary>
    private static bool LooksBinary(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024)).IndexOf((byte)0) >= 0;
}
