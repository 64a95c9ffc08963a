using System.IO.Compression;

namespace Cascade.Import.Reading.Docx;

/// <summary>
/// Looks inside a zip before the OpenXML SDK loads it: is it a Word document at all, and does it
/// unpack to a sane size? A zip bomb (a few kilobytes that inflate to gigabytes) would otherwise
/// exhaust memory while the SDK parses the main part.
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>A real plan unpacks to a few megabytes; images included, rarely above 50 MB.</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;

    /// <summary>Plans have tens of parts; thousands means an attack or a broken generator.</summary>
    private const int MaxEntries = 2000;

    /// <summary>XML compresses about 10:1; beyond this an entry of some size is a bomb.</summary>
    private const long MaxRatio = 200;

    private const long RatioCheckedAbove = 1024 * 1024;

    public const string MainPartName = "word/document.xml";

    /// <returns>A failure to give the user, or null when the package may be opened.</returns>
    public static SourceReadResult? Check(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return ReadFailures.DocxTooLargeUnpacked();
            }

            if (!zip.Entries.Any(e => string.Equals(e.FullName, MainPartName, StringComparison.OrdinalIgnoreCase)))
            {
                return ReadFailures.Unsupported();
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > MaxUnpackedBytes
                    || (entry.Length > RatioCheckedAbove && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)))
                {
                    return ReadFailures.DocxTooLargeUnpacked();
                }
            }

            // The sizes in the zip directory are written by whoever made the file; inflate for real,
            // stopping as soon as an entry outgrows what it declared.
            long inflated = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                long entryBytes = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    inflated += read;
                    if (entryBytes > entry.Length || inflated > MaxUnpackedBytes)
                    {
                        return ReadFailures.DocxTooLargeUnpacked();
                    }
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // Truncated, corrupt or using a compression method .NET does not support.
            return ReadFailures.CorruptDocx();
        }
    }
}
