namespace Cascade.Import.Reading;

/// <summary>
/// Picks the reader for an uploaded file by its content (not its name) and enforces the size
/// limit: .docx, .pdf, or text/Markdown.
/// </summary>
public static class SourceReaders
{
    /// <summary>Files above this are refused with a clear message before anything is parsed.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static SourceReadResult Read(Stream content, string fileName)
    {
        // Placeholder until the document readers land: text only.
        using var reader = new StreamReader(content);
        return SourceReadResult.Ok(Text.TextSourceReader.Read(reader.ReadToEnd()));
    }
}

public sealed record SourceReadResult(SourceDocument? Document, ImportFailure? Failure)
{
    public bool Succeeded => Document is not null;

    public static SourceReadResult Ok(SourceDocument document) => new(document, null);

    public static SourceReadResult Fail(string code, string message) => new(null, new ImportFailure(code, message));
}
