namespace Cascade.Core.Reports;

/// <summary>
/// A file attached to a report as evidence (a decision, minutes, photos). The bytes live outside
/// the web root under <see cref="StoredName"/>; the name the user gave is kept for display only.
/// </summary>
public sealed class EvidenceFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    private EvidenceFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StoredName = string.Empty;
        Sha256 = string.Empty;
    }

    public EvidenceFile(int reportId, string fileName, string contentType, long size, string storedName, string sha256, DateTimeOffset uploadedAt, Guid uploadedBy)
    {
        if (size is <= 0 or > MaxBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"An evidence file holds 1 byte to {MaxBytes} bytes.");
        }

        ReportId = reportId;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        ContentType = contentType;
        Size = size;
        StoredName = storedName;
        Sha256 = sha256;
        UploadedAt = uploadedAt.ToUniversalTime();
        UploadedBy = uploadedBy;
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The type found in the content (not the one the browser claimed).</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string StoredName { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public Guid UploadedBy { get; private set; }
}
