using Cascade.Core.Adjustments;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Adjustments;

/// <summary>What recording a decision did: the decision and the plan's new version, or why nothing changed.</summary>
public sealed record DecisionOutcome(int? DecisionId, int? VersionNumber, AdjustmentError? Error, string? Detail, IReadOnlyList<string> NewAgencies)
{
    public bool Succeeded => DecisionId is not null;

    public static DecisionOutcome Refused(AdjustmentError error, string? detail = null) => new(null, null, error, detail, []);
}

/// <summary>
/// Records the People's Committee's decision on a plan's batch of accepted proposals and applies it:
/// the plan's current register (<see cref="RegisterStore.ExportAsync"/>) with the proposals applied is
/// saved by <see cref="RegisterStore.ReviseAsync(int, PlanRegister, IReadOnlyDictionary{int, int}?, CancellationToken)"/>,
/// so tasks changed keep their ids and reports, dropped tasks with reports are withdrawn, added ones
/// are new; the register before (version 1, when the plan has none yet) and after are kept as versions.
/// All of it happens in one transaction, or none of it.
/// </summary>
public sealed class PlanAdjustments(CascadeDbContext db, TimeProvider clock)
{
    public async Task<DecisionOutcome> RecordDecisionAsync(int planId, string? number, DateOnly? date, DateOnly today, Guid userId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Date, p.ImportedAt }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return DecisionOutcome.Refused(AdjustmentError.NotAllowed);
        }

        var batch = await db.AdjustmentProposals.Where(p => p.PlanId == planId && p.Status == AdjustmentStatus.Accepted)
            .OrderBy(p => p.ProposedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var recorded = await db.PlanDecisions.Where(d => d.PlanId == planId).Select(d => d.NumberKey).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var (decision, error) = PlanDecision.Record(planId, number, date, today, plan.Date, recorded, batch, userId, now);
        if (decision is null)
        {
            return DecisionOutcome.Refused(error!);
        }

        var store = new RegisterStore(db, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var versions = await db.PlanVersions.Where(v => v.PlanId == planId).Select(v => v.Number).ToListAsync(cancellationToken);
            var before = (await store.ExportAsync(planId, cancellationToken))!;
            if (versions.Count == 0)
            {
                db.PlanVersions.Add(new PlanVersion(planId, 1, null, PlanRegisterJson.Write(before), plan.ImportedAt));
                versions.Add(1);
            }

            var taskIds = await CurrentTaskIdsAsync(planId, cancellationToken);
            var (adjusted, stale) = RegisterAdjustments.Apply(before, taskIds, batch);
            if (adjusted is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return DecisionOutcome.Refused(AdjustmentError.TaskWithdrawn, stale!.TaskRef);
            }

            db.PlanDecisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            var revised = await store.ReviseAsync(planId, adjusted.Register, adjusted.SameTasks, cancellationToken);
            if (!revised.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return DecisionOutcome.Refused(AdjustmentError.NothingToApprove, revised.Error);
            }

            var created = await db.Tasks.Where(t => t.PlanId == planId && t.WithdrawnAt == null).Select(t => new { t.Id, t.Ref }).ToListAsync(cancellationToken);
            foreach (var proposal in batch)
            {
                var taskRef = adjusted.Added.Where(a => a.Proposal == proposal).Select(a => a.Ref).FirstOrDefault();
                proposal.Approve(decision.Id, taskRef is null ? null : created.First(t => t.Ref == taskRef).Id);
            }

            var after = (await store.ExportAsync(planId, cancellationToken))!;
            var version = PlanVersion.NextNumber(versions);
            db.PlanVersions.Add(new PlanVersion(planId, version, decision.Id, PlanRegisterJson.Write(after), now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new DecisionOutcome(decision.Id, version, null, null, revised.NewAgencies);
        }
        catch (DbUpdateException)
        {
            // Another coordinator recorded a decision on the same batch (or with this number) meanwhile.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return DecisionOutcome.Refused(AdjustmentError.DecisionAlreadyRecorded);
        }
    }

    /// <summary>The ids of the plan's tasks in the order its register lists them.</summary>
    private Task<List<int>> CurrentTaskIdsAsync(int planId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync(cancellationToken);
}
