using System.Text.Json;
using Cascade.Data;
using Cascade.Data.Imports;
using Cascade.Import;
using Cascade.Import.Registers;

namespace Cascade.Web.Pages.Import;

/// <summary>Reads an uploaded plan document into a draft register for review.</summary>
public static class ImportUpload
{
    /// <summary>Uploads above this are cut off by the server; the reader's own limit (20 MB) answers below it.</summary>
    public const long RequestLimitBytes = 25 * 1024 * 1024;

    public sealed record Result(Guid? DraftId, string? Error);

    public sealed class Handler(CascadeDbContext db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Stream content, string fileName, CancellationToken cancellationToken)
        {
            var imported = PlanImporter.Import(content, fileName);
            if (imported.Register is null)
            {
                return new Result(null, imported.Failure?.Message ?? "Không đọc được tệp.");
            }

            var now = clock.GetUtcNow();
            var draft = new ImportDraft
            {
                FileName = Path.GetFileName(fileName) is { Length: > 0 and <= ImportDraft.MaxFileNameLength } name ? name : "document",
                UploadedAt = now,
                UpdatedAt = now,
                RegisterJson = PlanRegisterJson.Write(imported.Register),
                WarningsJson = JsonSerializer.Serialize(imported.Warnings),
            };
            db.ImportDrafts.Add(draft);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(draft.Id, null);
        }
    }
}
