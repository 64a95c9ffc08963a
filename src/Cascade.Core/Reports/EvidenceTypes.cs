namespace Cascade.Core.Reports;

/// <summary>
/// The kinds of evidence a report may carry, recognised by their first bytes, never by the name
/// or the type the browser claims: PDF, Word and Excel (old and new), PNG, JPEG, GIF.
/// </summary>
public static class EvidenceTypes
{
    public const int HeaderLength = 8;

    /// <summary>
    /// The content type for the file's first bytes, or null for anything else. A zip is only a
    /// candidate for .docx/.xlsx: the caller confirms it holds a Word or Excel document.
    /// </summary>
    public static string? Detect(ReadOnlySpan<byte> header) => header switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "application/x-ole-storage",
        [0x50, 0x4B, 0x03, 0x04, ..] => "application/zip",
        _ => null,
    };
}
