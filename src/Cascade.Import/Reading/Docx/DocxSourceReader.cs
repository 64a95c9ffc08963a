using System.IO.Packaging;
using System.Xml;
using Cascade.Import.Reading.Tables;
using DocumentFormat.OpenXml.Packaging;

namespace Cascade.Import.Reading.Docx;

/// <summary>
/// Reads a Word (.docx) plan: paragraphs in body order with their generated numbering, heading
/// level and bold; tables with merged cells resolved and page-split pieces joined.
/// </summary>
public static class DocxSourceReader
{
    /// <summary>Characters allowed in one part once the zip is known to be sane; a plan has under a million.</summary>
    private const long MaxCharactersInPart = 50_000_000;

    public static SourceReadResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (DocxPackageGuard.Check(bytes) is { } refused)
        {
            return refused;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return ReadFailures.CorruptDocx();
            }

            var context = new DocxBodyReader(new DocxStyles(main.StyleDefinitionsPart), new DocxNumbering(main.NumberingDefinitionsPart));
            var blocks = ContinuedTables.Join(context.ReadBlocks(body.ChildElements).ToList());
            return blocks.Count == 0 ? ReadFailures.Empty() : SourceReadResult.Ok(new SourceDocument(blocks, []));
        }
        // Malformed attribute values (a gridSpan of "abc") surface as FormatException on access.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or FileFormatException or InvalidOperationException or ArgumentException or NotSupportedException
            or FormatException or OverflowException)
        {
            return ReadFailures.CorruptDocx();
        }
    }
}
