using Cascade.Core.Adjustments;
using Cascade.Data;
using Cascade.Data.Adjustments;
using Cascade.Data.Notifications;
using Cascade.Data.Registers;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>
/// The steps on a plan's adjustments: an agency proposes or withdraws; the coordinator accepts into
/// the batch, takes back out, declines, and records the decision that approves the batch. Each step
/// checks the user's scope on this plan and the version of the proposal the user saw.
/// </summary>
public static class AdjustmentCommands
{
    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Refused,
    }

    public sealed record Result(Outcome Outcome, string? Error = null, string? Detail = null)
    {
        public static readonly Result Ok = new(Outcome.Done);
        public static readonly Result Missing = new(Outcome.NotFound);
        public static readonly Result Forbidden = new(Outcome.Forbidden);

        public static Result Refused(string message, string? detail = null) => new(Outcome.Refused, message, detail);
    }

    public enum Step
    {
        Withdraw,
        Accept,
        Reconsider,
        Decline,
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> ProposeAsync(int planId, ProposalForm form, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            if (plan is null)
            {
                return Result.Missing;
            }

            if (plan.ProposingAgencyId is not { } agency)
            {
                return Result.Forbidden;
            }

            Core.Revisions.TaskVersion? current = null;
            if (form.Kind != AdjustmentKind.Add)
            {
                if (form.TaskId is { } taskId)
                {
                    var register = (await new RegisterStore(db, clock).ExportAsync(planId, cancellationToken))!;
                    var ids = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync(cancellationToken);
                    var index = ids.IndexOf(taskId);
                    if (index < 0)
                    {
                        return Result.Refused(AdjustmentErrors.UnknownTask);
                    }

                    current = RegisterStore.VersionsOf(register)[index];
                }
            }

            var (proposal, error) = AdjustmentProposal.Propose(planId, form.Kind, form.TaskId, current, form.ToProposed(), form.Reason,
                agency, user.UserId ?? Guid.Empty, clock.GetUtcNow());
            if (proposal is null)
            {
                return Result.Refused(AdjustmentErrors.Vietnamese(error!));
            }

            db.AdjustmentProposals.Add(proposal);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }

        public async Task<Result> ActAsync(int planId, int proposalId, Step step, string? comment, int version, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            var proposal = plan is null ? null : await db.AdjustmentProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.PlanId == planId, cancellationToken);
            if (proposal is null)
            {
                return Result.Missing;
            }

            if (step != Step.Withdraw && !plan!.CanConsolidate)
            {
                return Result.Forbidden;
            }

            if (proposal.Version != version)
            {
                return Result.Refused(AdjustmentErrors.Conflict);
            }

            db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
            var userId = user.UserId ?? Guid.Empty;
            var now = clock.GetUtcNow();
            var error = step switch
            {
                Step.Withdraw => proposal.Withdraw(user.Scope, userId, now),
                Step.Accept => proposal.Accept(comment, userId, now),
                Step.Reconsider => proposal.Reconsider(userId, now),
                _ => proposal.Decline(comment, userId, now),
            };
            if (error == AdjustmentError.NotAllowed)
            {
                return Result.Forbidden;
            }

            if (error is not null)
            {
                return Result.Refused(AdjustmentErrors.Vietnamese(error));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Result.Ok;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result.Refused(AdjustmentErrors.Conflict);
            }
        }

        /// <summary>Records the People's Committee's decision and applies the batch: the plan's next version.</summary>
        public async Task<(Result Result, DecisionOutcome? Outcome)> DecideAsync(int planId, string? number, string? date, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            if (plan is null)
            {
                return (Result.Missing, null);
            }

            if (!plan.CanConsolidate)
            {
                return (Result.Forbidden, null);
            }

            DateOnly? day = null;
            if (!string.IsNullOrWhiteSpace(date))
            {
                day = Display.ParseDate(date);
                if (day is null)
                {
                    return (Result.Refused(AdjustmentErrors.BadDate), null);
                }
            }

            var outcome = await new PlanAdjustments(db, clock).RecordDecisionAsync(planId, number, day, clock.Today(), user.UserId ?? Guid.Empty, cancellationToken);
            return outcome.Succeeded
                ? (Result.Ok, outcome)
                : (Result.Refused(AdjustmentErrors.Vietnamese(outcome.Error!), outcome.Detail), outcome);
        }
    }
}
