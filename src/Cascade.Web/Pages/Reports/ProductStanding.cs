using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reports;

/// <summary>The issued documents linked as tasks' products: per report for the report page, the latest per task for registers.</summary>
public static class ProductStanding
{
    public sealed record Document(int Id, int ReportId, int TaskId, string? Number, DateOnly? IssuedOn, string? Issuer, string? Title, int? EvidenceFileId, string? FileName, DateTimeOffset AddedAt);

    public static async Task<IReadOnlyList<Document>> ForReportAsync(CascadeDbContext db, int reportId, CancellationToken cancellationToken) =>
        await Query(db, db.ProductDocuments.Where(d => d.ReportId == reportId).OrderBy(d => d.AddedAt)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<Document>> ForTaskAsync(CascadeDbContext db, int taskId, CancellationToken cancellationToken) =>
        await Query(db, db.ProductDocuments.Where(d => d.TaskId == taskId).OrderBy(d => d.AddedAt)).ToListAsync(cancellationToken);

    /// <summary>For each task that has one, the latest issued document linked on any of its reports (draft or sent).</summary>
    public static async Task<IReadOnlyDictionary<int, Document>> LatestByTaskAsync(CascadeDbContext db, IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken)
    {
        var documents = await Query(db, db.ProductDocuments.Where(d => taskIds.Contains(d.TaskId))).ToListAsync(cancellationToken);
        return documents.GroupBy(d => d.TaskId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.AddedAt)!);
    }

    private static IQueryable<Document> Query(CascadeDbContext db, IQueryable<Core.Reports.ProductDocument> documents) =>
        documents.AsNoTracking().Select(d => new Document(d.Id, d.ReportId, d.TaskId, d.Number != null ? d.Number.Text : null, d.IssuedOn, d.Issuer, d.Title,
            d.EvidenceFileId, db.EvidenceFiles.Where(f => f.Id == d.EvidenceFileId).Select(f => f.FileName).FirstOrDefault(), d.AddedAt));
}
