using System.IO.Compression;
using System.Security.Cryptography;
using Cascade.Core.Reports;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// Keeps evidence files outside the web root ({data folder}/evidence/{year}/{id}), accepting only
/// PDF, Word, Excel and images recognised by their content, up to <see cref="EvidenceFile.MaxBytes"/>.
/// </summary>
public sealed class EvidenceStore(string root)
{
    public sealed record Stored(string StoredName, string ContentType, long Size, string Sha256);

    public string Root { get; } = root;

    /// <summary>Stores the upload, or says in Vietnamese why it was refused.</summary>
    public async Task<(Stored? File, string? Error)> SaveAsync(Stream content, string fileName, int year, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > EvidenceFile.MaxBytes)
            {
                return (null, "Tệp minh chứng vượt quá 10 MB.");
            }
        }

        if (buffer.Length == 0)
        {
            return (null, "Tệp minh chứng trống.");
        }

        var bytes = buffer.ToArray();
        var type = EvidenceTypes.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, EvidenceTypes.HeaderLength)));
        type = type switch
        {
            "application/zip" => OfficeTypeOf(bytes),
            "application/x-ole-storage" => Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".doc" => "application/msword",
                ".xls" => "application/vnd.ms-excel",
                _ => null,
            },
            _ => type,
        };
        if (type is null)
        {
            return (null, "Chỉ nhận tệp PDF, Word, Excel hoặc ảnh (PNG, JPEG, GIF); nội dung tệp này không thuộc loại nào trong số đó.");
        }

        var storedName = $"{year}/{Guid.NewGuid():N}";
        var path = Path.Combine(Root, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return (new Stored(storedName, type, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    public Stream Open(string storedName)
    {
        // Stored names are ours ("2026/abc…"); anything else is refused rather than resolved.
        if (storedName.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(storedName))
        {
            throw new InvalidOperationException("Not a stored evidence name.");
        }

        return File.OpenRead(Path.Combine(Root, storedName));
    }

    private static string? OfficeTypeOf(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : zip.GetEntry("xl/workbook.xml") is not null ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
