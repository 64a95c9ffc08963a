using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>A written .docx opened again, to read it as Word would.</summary>
internal sealed class Docx : IDisposable
{
    private readonly MemoryStream _stream;

    public Docx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Document { get; }

    public Body Body => Document.MainDocumentPart!.Document.Body!;

    /// <summary>Every paragraph's text, the body's and the tables', in reading order.</summary>
    public IReadOnlyList<string> Lines => Body.Descendants<Paragraph>().Select(TextOf).ToList();

    /// <summary>The paragraphs directly in the body (not in a table), with their text.</summary>
    public IReadOnlyList<Paragraph> BodyParagraphs => Body.Elements<Paragraph>().ToList();

    public Paragraph Paragraph(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => TextOf(p) == text)
            ?? throw new Xunit.Sdk.XunitException($"No paragraph \"{text}\". The document reads:\n{string.Join('\n', Lines)}");

    public IReadOnlyList<SectionProperties> Sections => Body.Descendants<SectionProperties>().ToList();

    public IReadOnlyList<ValidationErrorInfo> Errors() => new OpenXmlValidator(FileFormatVersions.Office2013).Validate(Document).ToList();

    /// <summary>A cell's text, its paragraphs and line breaks joined by line breaks.</summary>
    public static string TextOf(OpenXmlElement element) => element switch
    {
        TableCell cell => string.Join('\n', cell.Elements<Paragraph>().Select(TextOf)),
        _ => string.Concat(element.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => string.Empty,
        })),
    };

    public static IReadOnlyList<string> Cells(TableRow row) => row.Elements<TableCell>().Select(TextOf).ToList();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
