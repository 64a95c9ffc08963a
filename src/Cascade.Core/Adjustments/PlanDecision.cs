using Cascade.Core.Documents;

namespace Cascade.Core.Adjustments;

/// <summary>
/// The People's Committee's decision approving a batch of adjustments to a plan ("123/QĐ-UBND"
/// of a date), as the coordinator records it. Applying it gives the plan its next version.
/// </summary>
public sealed class PlanDecision
{
    private PlanDecision()
    {
        Number = null!;
        NumberKey = string.Empty;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public DocumentNumber Number { get; private set; }

    /// <summary>The number's key, so the same decision typed twice is found.</summary>
    public string NumberKey { get; private set; }

    public DateOnly Date { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// A decision as typed, checked against the day it is recorded and the plan's own date, the numbers
    /// already recorded for the plan and the batch it approves.
    /// </summary>
    public static (PlanDecision? Decision, AdjustmentError? Error) Record(
        int planId, string? number, DateOnly? date, DateOnly today, DateOnly? planDate,
        IEnumerable<string> recordedNumberKeys, IReadOnlyCollection<AdjustmentProposal> batch, Guid userId, DateTimeOffset at)
    {
        if (!DocumentNumber.TryParse(number, out var parsed))
        {
            return (null, AdjustmentError.DecisionNumberInvalid);
        }

        if (date is not { } day)
        {
            return (null, AdjustmentError.DecisionDateRequired);
        }

        if (day > today)
        {
            return (null, AdjustmentError.DecisionDateInFuture);
        }

        if (planDate is { } issued && day < issued)
        {
            return (null, AdjustmentError.DecisionBeforePlan);
        }

        if (recordedNumberKeys.Contains(parsed.Key))
        {
            return (null, AdjustmentError.DecisionAlreadyRecorded);
        }

        if (!batch.Any(p => p.PlanId == planId && p.Status == AdjustmentStatus.Accepted))
        {
            return (null, AdjustmentError.NothingToApprove);
        }

        return (new PlanDecision
        {
            PlanId = planId,
            Number = parsed,
            NumberKey = parsed.Key,
            Date = day,
            RecordedBy = userId,
            RecordedAt = at.ToUniversalTime(),
        }, null);
    }
}
