using Cascade.Core.Adjustments;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>
/// A plan's adjustments: the tasks an agency may propose on, every proposal with where it stands,
/// the batch awaiting the People's Committee's decision, and the decisions recorded.
/// </summary>
public static class AdjustmentPage
{
    public sealed record TaskOption(int Id, string Ref, string Title, string? Group, IReadOnlyList<string> Lead, IReadOnlyList<string> Support, string? Timeframe, string? Product);

    public sealed record ProposalRow(
        int Id, AdjustmentKind Kind, int? TaskId, string? TaskRef, string? TaskTitle, ProposedTask Proposed, string Reason,
        int AgencyId, string Agency, DateTimeOffset ProposedAt, AdjustmentStatus Status, string? Comment,
        string? DecisionNumber, DateOnly? DecisionDate, int Version);

    public sealed record DecisionRow(int Id, string Number, DateOnly Date, int? VersionNumber);

    public sealed record View(PlanAccess Plan, IReadOnlyList<TaskOption> Tasks, IReadOnlyList<string> Groups, IReadOnlyList<ProposalRow> Proposals, IReadOnlyList<DecisionRow> Decisions)
    {
        public IReadOnlyList<ProposalRow> Batch => Proposals.Where(p => p.Status == AdjustmentStatus.Accepted).ToList();
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<View?> LoadAsync(int planId, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            return plan is null ? null : await ViewOf(plan, cancellationToken);
        }

        private async Task<View> ViewOf(PlanAccess plan, CancellationToken cancellationToken)
        {
            var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id && t.WithdrawnAt == null).OrderBy(t => t.Order)
                .Select(t => new
                {
                    t.Id, t.Ref, t.Title, t.Group, t.Timeframe.Text, t.Product,
                    Assignments = t.Assignments.OrderBy(a => a.Order).Select(a => new { a.Role, a.PrintedName }).ToList(),
                })
                .ToListAsync(cancellationToken);
            var options = tasks.Select(t => new TaskOption(t.Id, t.Ref, t.Title, t.Group,
                t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.PrintedName).ToList(),
                t.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.PrintedName).ToList(),
                t.Text, t.Product)).ToList();

            var proposals = await db.AdjustmentProposals.AsNoTracking().Where(p => p.PlanId == plan.Id)
                .OrderByDescending(p => p.ProposedAt).ThenByDescending(p => p.Id)
                .Select(p => new
                {
                    Proposal = p,
                    Agency = db.Agencies.Where(a => a.Id == p.ProposedByAgencyId).Select(a => a.Name).First(),
                    TaskTitle = db.Tasks.Where(t => t.Id == p.TaskId).Select(t => t.Title).FirstOrDefault(),
                    Decision = db.PlanDecisions.Where(d => d.Id == p.DecisionId).Select(d => new { d.Number, d.Date }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);

            var decisions = await db.PlanDecisions.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderBy(d => d.Date).ThenBy(d => d.Id)
                .Select(d => new DecisionRow(d.Id, d.Number.Text, d.Date,
                    db.PlanVersions.Where(v => v.DecisionId == d.Id).Select(v => (int?)v.Number).FirstOrDefault()))
                .ToListAsync(cancellationToken);

            return new View(plan, options, options.Select(t => t.Group).OfType<string>().Distinct().ToList(),
                proposals.Select(x => new ProposalRow(x.Proposal.Id, x.Proposal.Kind, x.Proposal.TaskId, x.Proposal.TaskRef, x.TaskTitle, x.Proposal.Proposed,
                    x.Proposal.Reason, x.Proposal.ProposedByAgencyId, x.Agency, x.Proposal.ProposedAt, x.Proposal.Status, x.Proposal.Comment,
                    x.Decision?.Number.Text, x.Decision?.Date, x.Proposal.Version)).ToList(),
                decisions);
        }
    }
}
