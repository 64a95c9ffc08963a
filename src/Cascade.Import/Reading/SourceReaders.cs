using Cascade.Import.Reading.Docx;
using Cascade.Import.Reading.Pdf;
using Cascade.Import.Reading.Text;

namespace Cascade.Import.Reading;

/// <summary>
/// Picks the reader for an uploaded file by its content (not its name) and enforces the size
/// limit: .docx, .pdf, or text/Markdown. Bad input gives a failure, never an exception.
/// </summary>
public static class SourceReaders
{
    /// <summary>Files above this are refused with a clear message before anything is parsed.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <param name="content">The upload; read once, at most one byte past the limit.</param>
    /// <param name="fileName">As uploaded. Not used to pick the reader: names lie (a .doc renamed .docx, a PDF saved as .txt).</param>
    public static SourceReadResult Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);

        byte[] bytes;
        try
        {
            // A stream that knows its length is refused without reading it.
            if (content.CanSeek && content.Length - content.Position > MaxFileBytes)
            {
                return ReadFailures.TooLarge(MaxFileBytes);
            }

            bytes = ReadAtMost(content, MaxFileBytes + 1);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return ReadFailures.Unreadable();
        }

        return Read(bytes);
    }

    /// <summary>Reads content already in memory; the same checks as for a stream.</summary>
    public static SourceReadResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxFileBytes)
        {
            return ReadFailures.TooLarge(MaxFileBytes);
        }

        if (bytes.Length == 0)
        {
            return ReadFailures.Empty();
        }

        return SniffFormat(bytes) switch
        {
            DocumentFormat.Pdf => PdfSourceReader.Read(bytes),
            DocumentFormat.Zip => DocxSourceReader.Read(bytes),
            DocumentFormat.CompoundFile => ReadFailures.LegacyOrProtectedWord(),
            DocumentFormat.Unsupported => ReadFailures.Unsupported(),
            _ => ReadText(bytes),
        };
    }

    private static SourceReadResult ReadText(byte[] bytes)
    {
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Failure is not null)
        {
            return decoded.Failure;
        }

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadFailures.Empty();
        }

        var document = TextSourceReader.Read(text);
        return decoded.Warning is null
            ? SourceReadResult.Ok(document)
            : SourceReadResult.Ok(document with { Warnings = [decoded.Warning, .. document.Warnings] });
    }

    internal enum DocumentFormat
    {
        Text,
        Pdf,
        Zip,
        CompoundFile,
        Unsupported,
    }

    internal static DocumentFormat SniffFormat(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return DocumentFormat.Zip;
        }

        // Rich Text is text to a byte-level sniff but markup to a reader: refuse it, as Word can save a .docx.
        if (bytes.StartsWith("{\\rtf"u8))
        {
            return DocumentFormat.Unsupported;
        }

        // Old Word (.doc) and password-protected .docx are both OLE compound files.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentFormat.CompoundFile;
        }

        // Readers accept the PDF header anywhere in the first kilobyte (some generators prepend junk).
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0 ? DocumentFormat.Pdf : DocumentFormat.Text;
    }

    private static byte[] ReadAtMost(Stream content, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = content.Read(chunk, 0, wanted);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

public sealed record SourceReadResult(SourceDocument? Document, ImportFailure? Failure)
{
    public bool Succeeded => Document is not null;

    public static SourceReadResult Ok(SourceDocument document) => new(document, null);

    public static SourceReadResult Fail(string code, string message) => new(null, new ImportFailure(code, message));
}
