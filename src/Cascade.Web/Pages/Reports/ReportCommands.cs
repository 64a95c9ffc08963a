using Cascade.Data.Notifications;
using Cascade.Data.Calendar;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reports;

/// <summary>
/// The steps of the workflow on one report: save a draft, submit, contribute, return, accept, attach
/// evidence. Every step checks the user's scope on this task, the period's phase for the agency and
/// the version the user started from, so two people never overwrite each other silently.
/// </summary>
public static class ReportCommands
{
    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Refused,
        Conflict,
    }

    public sealed record Result(Outcome Outcome, string? Error = null)
    {
        public static readonly Result Ok = new(Outcome.Done);
        public static readonly Result Missing = new(Outcome.NotFound);
        public static readonly Result Forbidden = new(Outcome.Forbidden, ReportErrors.NotAllowed);
        public static readonly Result Stale = new(Outcome.Conflict, ReportErrors.Conflict);

        public static Result Refused(string message) => new(Outcome.Refused, message);
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, WorkingCalendarSource calendars, EvidenceStore evidence)
    {
        /// <summary>Saves the lead's content; with <paramref name="submit"/> also sends it for review.</summary>
        public async Task<Result> SaveAsync(int periodId, int taskId, ReportForm form, bool submit, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            if (context is null)
            {
                return Result.Missing;
            }

            if (!context.CanWriteReport(user))
            {
                return Result.Forbidden;
            }

            var today = clock.Today();
            var agency = user.Scope.AgencyIds.First(context.Leads.Select(l => l.HolderId).Contains);
            if (context.PhaseFor(agency, today) is PeriodPhase.Locked or PeriodPhase.NotOpen)
            {
                return Result.Refused(ReportErrors.PeriodLocked);
            }

            var (content, dateError) = form.ToContent();
            if (content is null)
            {
                return Result.Refused(dateError!);
            }

            var userId = user.UserId ?? Guid.Empty;
            var now = clock.GetUtcNow();
            var report = await db.Reports.FirstOrDefaultAsync(r => r.TaskId == taskId && r.PeriodId == periodId, cancellationToken);

            // The issued document typed with the report is checked first, so a mistake in it refuses the whole save.
            var evidenceIds = report is null ? [] : await db.EvidenceFiles.Where(f => f.ReportId == report.Id).Select(f => f.Id).ToListAsync(cancellationToken);
            var typedProduct = ProductCommands.Typed(form);
            if (typedProduct && ProductCommands.Read(form, report?.Id ?? 0, taskId, evidenceIds, today, userId, now).Error is { } productError)
            {
                return Result.Refused(productError);
            }

            if (report is null)
            {
                if (form.Version != 0)
                {
                    return Result.Stale;
                }

                report = new Report(taskId, context.ReportingAgencyId, periodId);
                db.Reports.Add(report);
            }
            else if (report.Version != form.Version)
            {
                return Result.Stale;
            }
            else
            {
                db.Entry(report).Property(r => r.Version).OriginalValue = form.Version;
            }

            // A draft begun before a reorganisation is finished, and filed, by the agency holding the task now.
            report.HandOver(context.ReportingAgencyId);
            var error = report.Edit(content, userId, now);
            if (error is null && await TaskOrganisations.NameInReportAsync(db, report, taskId, form.OrganisationIds, cancellationToken) is { } notAccepted)
            {
                return Result.Refused(notAccepted);
            }

            if (error is null && submit)
            {
                var calendar = await calendars.GetAsync(cancellationToken);
                error = report.Submit(userId, now, calendar.OnOrAfterWorkingDay(context.Period.DueOn), today);
            }

            if (error is not null)
            {
                return Result.Refused(ReportErrors.Vietnamese(error));
            }

            var saved = await SaveChangesAsync(cancellationToken);
            if (saved.Outcome == Outcome.Done && typedProduct)
            {
                db.ProductDocuments.Add(ProductCommands.Read(form, report.Id, taskId, evidenceIds, today, userId, now).Document!);
                await db.SaveChangesAsync(cancellationToken);
            }

            return saved;
        }

        /// <summary>A coordinating agency's contribution to the lead, written or rewritten.</summary>
        public async Task<Result> ContributeAsync(int periodId, int taskId, string? text, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            if (context is null)
            {
                return Result.Missing;
            }

            if (context.ContributingAgency(user) is not { } agency)
            {
                return Result.Forbidden;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Result.Refused(ReportErrors.EmptyContribution);
            }

            if (text.Length > Report.MaxTextLength)
            {
                return Result.Refused(ReportErrors.Vietnamese(ReportError.TooLong));
            }

            if (context.PhaseFor(agency, clock.Today()) is PeriodPhase.Locked or PeriodPhase.NotOpen)
            {
                return Result.Refused(ReportErrors.PeriodLocked);
            }

            var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.TaskId == taskId && c.PeriodId == periodId && c.AgencyId == agency, cancellationToken);
            if (contribution is null)
            {
                db.Contributions.Add(new Contribution(taskId, agency, periodId, text, clock.GetUtcNow(), user.UserId ?? Guid.Empty));
            }
            else
            {
                contribution.Revise(text, clock.GetUtcNow(), user.UserId ?? Guid.Empty);
            }

            return await SaveChangesAsync(cancellationToken);
        }

        /// <summary>The coordinator's review: back to the agency with a comment, or accepted and locked.</summary>
        public async Task<Result> ReviewAsync(int periodId, int taskId, bool accept, string? comment, int version, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            if (context is null)
            {
                return Result.Missing;
            }

            if (!context.CanReview(user))
            {
                return Result.Forbidden;
            }

            var report = await db.Reports.FirstOrDefaultAsync(r => r.TaskId == taskId && r.PeriodId == periodId, cancellationToken);
            if (report is null)
            {
                return Result.Refused(ReportErrors.Vietnamese(ReportError.NotSubmitted));
            }

            if (report.Version != version)
            {
                return Result.Stale;
            }

            db.Entry(report).Property(r => r.Version).OriginalValue = version;
            var error = accept
                ? report.Accept(user.UserId ?? Guid.Empty, clock.GetUtcNow(), comment)
                : report.Return(user.UserId ?? Guid.Empty, clock.GetUtcNow(), comment ?? string.Empty);
            return error is not null ? Result.Refused(ReportErrors.Vietnamese(error)) : await SaveChangesAsync(cancellationToken);
        }

        /// <summary>Attaches a file to the report (a draft is started if there is none yet).</summary>
        public async Task<Result> AddEvidenceAsync(int periodId, int taskId, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            if (context is null)
            {
                return Result.Missing;
            }

            if (!context.CanWriteReport(user))
            {
                return Result.Forbidden;
            }

            var report = await db.Reports.FirstOrDefaultAsync(r => r.TaskId == taskId && r.PeriodId == periodId, cancellationToken);
            if (report is { IsLocked: true })
            {
                return Result.Refused(ReportErrors.Vietnamese(ReportError.Locked));
            }

            var (stored, error) = await evidence.SaveAsync(content, fileName, context.Period.Year, cancellationToken);
            if (stored is null)
            {
                return Result.Refused(error!);
            }

            if (report is null)
            {
                report = new Report(taskId, context.ReportingAgencyId, periodId);
                db.Reports.Add(report);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.EvidenceFiles.Add(new EvidenceFile(report.Id, Path.GetFileName(fileName), stored.ContentType, stored.Size, stored.StoredName, stored.Sha256, clock.GetUtcNow(), user.UserId ?? Guid.Empty));
            return await SaveChangesAsync(cancellationToken);
        }

        /// <summary>An evidence file, when the user may read its task.</summary>
        public async Task<(EvidenceFile File, Stream Content)?> OpenEvidenceAsync(int id, CancellationToken cancellationToken)
        {
            var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
            if (file is null)
            {
                return null;
            }

            var taskId = await db.Reports.Where(r => r.Id == file.ReportId).Select(r => r.TaskId).FirstAsync(cancellationToken);
            return await db.VisibleTasks(user.Scope).AnyAsync(t => t.Id == taskId, cancellationToken)
                ? (file, evidence.Open(file.StoredName))
                : null;
        }

        private async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Result.Ok;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result.Stale;
            }
            catch (DbUpdateException)
            {
                // The unique report of a task and period was created meanwhile by someone else.
                return Result.Stale;
            }
        }
    }
}
