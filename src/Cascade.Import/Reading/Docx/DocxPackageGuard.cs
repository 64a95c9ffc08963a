using System.IO.Compression;
using System.Xml;

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
            // stopping as soon as an entry outgrows what it declared. XML parts are also checked for
            // nesting depth and DTDs (entity expansion), which the SDK would otherwise meet first.
            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = new BoundedStream(entry.Open(), Math.Min(entry.Length, MaxUnpackedBytes - inflated));
                var sane = IsXml(entry.FullName) ? XmlIsShallow(stream) : Drain(stream);
                if (stream.Exceeded)
                {
                    return ReadFailures.DocxTooLargeUnpacked();
                }

                if (!sane)
                {
                    return ReadFailures.CorruptDocx();
                }

                inflated += stream.Count;
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // Truncated, corrupt or using a compression method .NET does not support.
            return ReadFailures.CorruptDocx();
        }
    }

    /// <summary>Word nests tables in tables; even so a real part stays far below this depth.</summary>
    private const int MaxXmlDepth = 256;

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool XmlIsShallow(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    return false;
                }
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        return true;
    }

    /// <summary>Counts what is read and ends the stream, flagged, at the limit.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Count;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Exceeded)
            {
                return 0;
            }

            var read = inner.Read(buffer, offset, count);
            Count += read;
            if (Count > limit)
            {
                Exceeded = true;
                return 0;
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
