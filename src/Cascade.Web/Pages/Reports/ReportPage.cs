using Cascade.Data.Notifications;
using Cascade.Data.Calendar;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reports;

/// <summary>
/// The report of one task for one period: what the lead wrote, what the coordinating agencies
/// contributed (and who has not), its review history, its evidence and its audit trail; and what
/// the signed-in user may do with it.
/// </summary>
public static class ReportPage
{
    /// <summary>A report; <see cref="Agency"/> is the agency that filed it, under its name of the time.</summary>
    public sealed record ReportInfo(int Id, ReportStatus Status, ReportForm Content, bool IsLate, DateTimeOffset? SubmittedAt, int Version, int AgencyId, string Agency);

    public sealed record ContributionInfo(int AgencyId, string Agency, string Text, DateTimeOffset SubmittedAt);

    public sealed record EventInfo(ReportAction Action, string? By, DateTimeOffset At, string? Comment);

    public sealed record EvidenceInfo(int Id, string FileName, long Size, DateTimeOffset UploadedAt);

    public sealed record AuditInfo(DateTimeOffset At, string? By, string Entity, string Action, string? Before, string? After);

    public sealed record View(
        ReportContext Context,
        DateOnly Today,
        DateOnly DueOn,
        int WorkingDaysLeft,
        PeriodPhase Phase,
        ReportInfo? Report,
        IReadOnlyList<ContributionInfo> Contributions,
        IReadOnlyList<Agencies.HeldAgency> MissingContributions,
        IReadOnlyList<EventInfo> Events,
        IReadOnlyList<EvidenceInfo> Evidence,
        IReadOnlyList<AuditInfo> Audit,
        bool CanWriteReport,
        int? ContributingAgencyId,
        bool CanReview,
        IReadOnlyList<TaskOrganisations.Accepted> Organisations,
        IReadOnlyList<ProductStanding.Document> Products)
    {
        /// <summary>The task's product is an issued document: the report must link it to count as done.</summary>
        public bool ProductIsDocument => Core.Reports.IssuedProducts.NamesIssuedDocument(Context.Product);

        /// <summary>The report says done, but the issued document is not linked: the task stays in progress.</summary>
        public bool AwaitsProduct => ProductIsDocument && Report?.Content.State == Core.Progress.ReportedState.Done && Products.Count == 0;

        /// <summary>The document can still be linked: by its writer, until the report is accepted.</summary>
        public bool CanLinkProduct => ProductIsDocument && CanWriteReport && Report is not null && !IsLocked;

        public bool IsLocked => Report?.Status == ReportStatus.Accepted || Phase == PeriodPhase.Locked;

        public bool CanEdit => CanWriteReport && !IsLocked && Report?.Status != ReportStatus.Submitted;

        public ContributionInfo? OwnContribution => Contributions.FirstOrDefault(c => c.AgencyId == ContributingAgencyId);
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, WorkingCalendarSource calendars, TaskOrganisations.Handler organisations)
    {
        public async Task<View?> LoadAsync(int periodId, int taskId, CancellationToken cancellationToken)
        {
            var context = await ReportContext.LoadAsync(db, user, periodId, taskId, cancellationToken);
            return context is null ? null : await ViewOf(context, cancellationToken);
        }

        private async Task<View> ViewOf(ReportContext context, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var calendar = await calendars.GetAsync(cancellationToken);
            var report = await db.Reports.AsNoTracking().Include(r => r.Events)
                .FirstOrDefaultAsync(r => r.TaskId == context.TaskId && r.PeriodId == context.Period.Id, cancellationToken);
            var contributions = await db.Contributions.AsNoTracking()
                .Where(c => c.TaskId == context.TaskId && c.PeriodId == context.Period.Id)
                .OrderBy(c => c.SubmittedAt)
                .Select(c => new { c.Id, c.AgencyId, c.Text, c.SubmittedAt })
                .ToListAsync(cancellationToken);

            // Reports and contributions keep the agency that wrote them, under its name of the time.
            var writers = contributions.Select(c => c.AgencyId).Append(report?.AgencyId ?? 0).Distinct().ToList();
            var names = await Agencies.AgencyNamesOfTheTime.OfAsync(db, writers, cancellationToken);
            foreach (var agency in context.Leads.Concat(context.Coordinating))
            {
                names[agency.HolderId] = agency.Shown;
            }

            var evidence = report is null ? [] : await db.EvidenceFiles.AsNoTracking().Where(f => f.ReportId == report.Id)
                .OrderBy(f => f.UploadedAt).Select(f => new EvidenceInfo(f.Id, f.FileName, f.Size, f.UploadedAt)).ToListAsync(cancellationToken);

            var userIds = report?.Events.Select(e => e.UserId).Distinct().ToList() ?? [];
            var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

            var reportKey = report?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var contributionKeys = contributions.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            // The trail of the task itself (its wording, timeframe, product) beside that of its report.
            var taskKey = context.TaskId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var audit = await db.AuditTrail.AsNoTracking()
                .Where(a => a.EntityType == nameof(Report) && a.EntityId == reportKey
                    || a.EntityType == nameof(Contribution) && contributionKeys.Contains(a.EntityId)
                    || a.EntityType == nameof(Core.Tasks.PlanTask) && a.EntityId == taskKey)
                .OrderByDescending(a => a.Id).Take(100)
                .Select(a => new AuditInfo(a.At, a.UserName, a.EntityType, a.Action, a.Before, a.After))
                .ToListAsync(cancellationToken);

            var contributingAgency = context.ContributingAgency(user);
            var writerAgency = contributingAgency ?? user.Scope.AgencyIds.FirstOrDefault(context.Leads.Select(l => l.HolderId).Contains);
            var phase = context.PhaseFor(writerAgency == 0 ? context.ReportingAgencyId : writerAgency, today);
            var due = calendar.OnOrAfterWorkingDay(context.Period.DueOn);
            var content = ReportForm.From(report);
            content.OrganisationIds = report is null ? [] : await organisations.NamedInReportAsync(report.Id, cancellationToken);
            return new View(
                context, today, context.Period.DueOn, calendar.WorkingDaysBetween(today, due), phase,
                report is null ? null : new ReportInfo(report.Id, report.Status, content, report.IsLate, report.SubmittedAt, report.Version,
                    report.AgencyId, names.GetValueOrDefault(report.AgencyId, "?")),
                contributions.Select(c => new ContributionInfo(c.AgencyId, names.GetValueOrDefault(c.AgencyId, "?"), c.Text, c.SubmittedAt)).ToList(),
                context.Coordinating.Where(c => contributions.All(x => x.AgencyId != c.HolderId)).ToList(),
                report?.Events.OrderBy(e => e.At).Select(e => new EventInfo(e.Action, people.GetValueOrDefault(e.UserId), e.At, e.Comment)).ToList() ?? [],
                evidence,
                audit,
                context.CanWriteReport(user),
                contributingAgency,
                context.CanReview(user),
                await organisations.ForTaskAsync(context.TaskId, cancellationToken),
                report is null ? [] : await ProductStanding.ForReportAsync(db, report.Id, cancellationToken));
        }
    }
}
