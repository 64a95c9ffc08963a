using Cascade.Core.Reports;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reports;

/// <summary>
/// The issued document a report links as its task's product: typed with the report, or linked later
/// while the report is not yet accepted (a submitted report can still get it), or removed when wrong.
/// </summary>
public static class ProductCommands
{
    /// <summary>Whether the form carries any detail of an issued document.</summary>
    public static bool Typed(ReportForm form) =>
        !string.IsNullOrWhiteSpace(form.ProductNumber) || !string.IsNullOrWhiteSpace(form.ProductDate)
        || !string.IsNullOrWhiteSpace(form.ProductIssuer) || form.ProductFileId is not null;

    /// <summary>The document the form describes, or the Vietnamese reason it cannot be linked.</summary>
    public static (ProductDocument? Document, string? Error) Read(ReportForm form, int reportId, int taskId, IReadOnlyCollection<int> evidenceIds, DateOnly today, Guid userId, DateTimeOffset at)
    {
        DateOnly? issuedOn = null;
        if (!string.IsNullOrWhiteSpace(form.ProductDate))
        {
            issuedOn = Display.ParseDate(form.ProductDate);
            if (issuedOn is null)
            {
                return (null, ReportErrors.BadProductDate);
            }
        }

        if (form.ProductFileId is { } file && !evidenceIds.Contains(file))
        {
            return (null, ReportErrors.Vietnamese(ProductErrors.FileNotOfReport));
        }

        var (document, error) = ProductDocument.Link(reportId, taskId, form.ProductNumber, issuedOn, form.ProductIssuer, form.ProductTitle, form.ProductFileId, today, userId, at);
        return error is null ? (document, null) : (null, ReportErrors.Vietnamese(error));
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<ReportCommands.Result> LinkAsync(int periodId, int taskId, ReportForm form, CancellationToken cancellationToken)
        {
            var (refusal, report) = await WritableAsync(periodId, taskId, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            if (report is null)
            {
                return ReportCommands.Result.Refused(ReportErrors.ProductNeedsReport);
            }

            if (report.IsLocked)
            {
                return ReportCommands.Result.Refused(ReportErrors.Vietnamese(ReportError.Locked));
            }

            var evidence = await db.EvidenceFiles.Where(f => f.ReportId == report.Id).Select(f => f.Id).ToListAsync(cancellationToken);
            var (document, error) = Read(form, report.Id, taskId, evidence, clock.Today(), user.UserId ?? Guid.Empty, clock.GetUtcNow());
            if (document is null)
            {
                return ReportCommands.Result.Refused(error!);
            }

            db.ProductDocuments.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            return ReportCommands.Result.Ok;
        }

        public async Task<ReportCommands.Result> RemoveAsync(int periodId, int taskId, int documentId, CancellationToken cancellationToken)
        {
            var (refusal, report) = await WritableAsync(periodId, taskId, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var document = report is null ? null : await db.ProductDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.ReportId == report.Id, cancellationToken);
            if (document is null)
            {
                return ReportCommands.Result.Missing;
            }

            if (report!.IsLocked)
            {
                return ReportCommands.Result.Refused(ReportErrors.Vietnamese(ReportError.Locked));
            }

            db.ProductDocuments.Remove(document);
            await db.SaveChangesAsync(cancellationToken);
            return ReportCommands.Result.Ok;
        }

        /// <summary>The task's report (if any) when the user writes it; else why not.</summary>
        private async Task<(ReportCommands.Result? Refusal, Report? Report)> WritableAsync(int periodId, int taskId, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            if (context is null)
            {
                return (ReportCommands.Result.Missing, null);
            }

            if (!context.CanWriteReport(user))
            {
                return (ReportCommands.Result.Forbidden, null);
            }

            return (null, await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.TaskId == taskId && r.PeriodId == periodId, cancellationToken));
        }
    }
}
