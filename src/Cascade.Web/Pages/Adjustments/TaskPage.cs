using Cascade.Core.Adjustments;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Import.Registers;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Links;
using Cascade.Web.Pages.Reports;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>
/// A task as it stands and as it came to be: its history of proposals and the decisions that changed
/// it (what each changed, read from the plan's versions), its reports by period, the issued documents
/// linked as its product, and the tasks of other plans it is linked with.
/// </summary>
public static class TaskPage
{
    public sealed record FieldChange(string Field, string? Before, string? After);

    public sealed record HistoryItem(
        int ProposalId, AdjustmentKind Kind, AdjustmentStatus Status, string Reason, string Agency, DateTimeOffset ProposedAt, string? Comment,
        ProposedTask Proposed, string? DecisionNumber, DateOnly? DecisionDate, int? VersionNumber, IReadOnlyList<FieldChange> Changes);

    public sealed record ReportItem(int PeriodId, int Year, DateOnly DueOn, ReportStatus? Status);

    public sealed record View(
        int TaskId, string Ref, string Title, string? TimeframeText, string? Product, bool ProductIsDocument,
        IReadOnlyList<string> Leads, IReadOnlyList<string> Coordinating, DateTimeOffset? WithdrawnAt, int PlanId, string PlanName,
        IReadOnlyList<HistoryItem> History, IReadOnlyList<ReportItem> Reports, IReadOnlyList<ProductStanding.Document> Products, TaskLinksQuery.Result Links,
        Cascade.Data.Progress.TaskProgress? Status);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TaskLinksQuery.Handler links, Cascade.Data.Progress.TaskProgressQuery progress, TimeProvider clock)
    {
        public async Task<View?> LoadAsync(int taskId, int? year, CancellationToken cancellationToken)
        {
            var task = await db.VisibleTasks(user.Scope).Where(t => t.Id == taskId)
                .Select(t => new
                {
                    t.Id, t.Ref, t.Title, t.Timeframe.Text, t.Product, t.WithdrawnAt, t.PlanId,
                    Assignments = t.Assignments.OrderBy(a => a.Order).Select(a => new { a.Role, a.PrintedName }).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (task is null)
            {
                return null;
            }

            var plan = await db.Plans.AsNoTracking().Where(p => p.Id == task.PlanId)
                .Select(p => p.Number != null ? p.Number.Text : p.Issuer).FirstAsync(cancellationToken);
            var reports = await db.Periods.AsNoTracking().Where(p => p.PlanId == task.PlanId).OrderBy(p => p.Year).ThenBy(p => p.DueOn)
                .Select(p => new ReportItem(p.Id, p.Year, p.DueOn,
                    db.Reports.Where(r => r.TaskId == taskId && r.PeriodId == p.Id).Select(r => (ReportStatus?)r.Status).FirstOrDefault()))
                .ToListAsync(cancellationToken);
            var lead = task.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.PrintedName).ToList();
            var linked = await links.ForTaskAsync(taskId, year, cancellationToken);
            var status = (await progress.ForYearAsync(db.Tasks.Where(t => t.Id == taskId), linked.Year, Cascade.Data.Notifications.VietnamTime.Today(clock), cancellationToken)).FirstOrDefault();
            return new View(task.Id, task.Ref, task.Title, task.Text, task.Product, IssuedProducts.NamesIssuedDocument(task.Product),
                lead, task.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.PrintedName).ToList(),
                task.WithdrawnAt, task.PlanId, plan,
                await HistoryAsync(task.PlanId, taskId, task.Ref, cancellationToken),
                lead.Count == 0 ? [] : reports,
                await ProductStanding.ForTaskAsync(db, taskId, cancellationToken),
                linked,
                status);
        }

        private async Task<IReadOnlyList<HistoryItem>> HistoryAsync(int planId, int taskId, string taskRef, CancellationToken cancellationToken)
        {
            var proposals = await db.AdjustmentProposals.AsNoTracking().Where(p => p.TaskId == taskId)
                .OrderBy(p => p.ProposedAt).ThenBy(p => p.Id)
                .Select(p => new
                {
                    Proposal = p,
                    Agency = db.Agencies.Where(a => a.Id == p.ProposedByAgencyId).Select(a => a.Name).First(),
                    Decision = db.PlanDecisions.Where(d => d.Id == p.DecisionId).Select(d => new { d.Number, d.Date }).FirstOrDefault(),
                    Version = db.PlanVersions.Where(v => v.DecisionId == p.DecisionId).Select(v => (int?)v.Number).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var needed = proposals.Where(p => p.Version is not null).SelectMany(p => new[] { p.Version!.Value - 1, p.Version.Value }).Distinct().ToList();
            var registers = (await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && needed.Contains(v.Number))
                    .Select(v => new { v.Number, v.Register }).ToListAsync(cancellationToken))
                .ToDictionary(v => v.Number, v => PlanRegisterJson.Read(v.Register).Register);

            return proposals.Select(x =>
            {
                var p = x.Proposal;
                IReadOnlyList<FieldChange> changes = [];
                if (x.Version is { } n)
                {
                    var before = registers.GetValueOrDefault(n - 1)?.Tasks.FirstOrDefault(t => t.Ref == p.TaskRef && p.Kind != AdjustmentKind.Add);
                    var after = registers.GetValueOrDefault(n)?.Tasks.FirstOrDefault(t => t.Ref == (p.Kind == AdjustmentKind.Add ? taskRef : p.TaskRef) && p.Kind != AdjustmentKind.Drop);
                    changes = Differences(before, after);
                }

                return new HistoryItem(p.Id, p.Kind, p.Status, p.Reason, x.Agency, p.ProposedAt, p.Comment, p.Proposed,
                    x.Decision?.Number.Text, x.Decision?.Date, x.Version, changes);
            }).ToList();
        }

        /// <summary>The fields that differ between a task's row before and after a decision (the Vietnamese field names are resource keys).</summary>
        private static List<FieldChange> Differences(RegisterTask? before, RegisterTask? after)
        {
            var changes = new List<FieldChange>();
            void Compare(string field, string? a, string? b)
            {
                if (Core.Text.VietnameseText.Fold(a) != Core.Text.VietnameseText.Fold(b))
                {
                    changes.Add(new FieldChange(field, a, b));
                }
            }

            Compare("Nội dung", before?.Title, after?.Title);
            Compare("Cơ quan chủ trì", Names(before?.Lead), Names(after?.Lead));
            Compare("Cơ quan phối hợp", Names(before?.Support), Names(after?.Support));
            Compare("Thời hạn", before?.Timeframe.Text, after?.Timeframe.Text);
            Compare("Sản phẩm", before?.Product, after?.Product);
            return changes;
        }

        private static string? Names(IReadOnlyList<string>? names) => names is null ? null : string.Join("; ", names);
    }
}
