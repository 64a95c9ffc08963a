namespace Cascade.Core.Adjustments;

/// <summary>
/// Why a step of an adjustment was refused: expected outcomes, not bugs. The code is stable (the UI
/// turns it into a Vietnamese sentence); the message is the English default.
/// </summary>
public sealed record AdjustmentError(string Code, string Message)
{
    public static readonly AdjustmentError NotAllowed = new("adjustment.not-allowed", "Your account may not do this on this plan.");
    public static readonly AdjustmentError ReasonRequired = new("adjustment.reason-required", "A proposal must give its reason.");
    public static readonly AdjustmentError TaskRequired = new("adjustment.task-required", "Changing or dropping a task needs the task.");
    public static readonly AdjustmentError TitleRequired = new("adjustment.title-required", "A new task needs its content.");
    public static readonly AdjustmentError LeadRequired = new("adjustment.lead-required", "A new task needs a lead agency.");
    public static readonly AdjustmentError NothingChanged = new("adjustment.nothing-changed", "The proposal changes nothing in the task.");
    public static readonly AdjustmentError TooLong = new("adjustment.too-long", "A text of the proposal is longer than allowed.");
    public static readonly AdjustmentError NotPending = new("adjustment.not-pending", "Only a proposal awaiting consolidation can be accepted, declined or withdrawn.");
    public static readonly AdjustmentError NotAccepted = new("adjustment.not-accepted", "Only a proposal taken into the batch can be approved or taken out of it.");
    public static readonly AdjustmentError AlreadyApproved = new("adjustment.already-approved", "The proposal was already approved by a decision.");
    public static readonly AdjustmentError CommentRequired = new("adjustment.comment-required", "Declining a proposal needs a comment saying why.");
    public static readonly AdjustmentError TaskWithdrawn = new("adjustment.task-withdrawn", "The task is no longer in the plan.");
    public static readonly AdjustmentError DecisionNumberInvalid = new("decision.number", "The decision's number and symbol is not one such as 123/QĐ-UBND.");
    public static readonly AdjustmentError DecisionDateRequired = new("decision.date-required", "The decision needs its date.");
    public static readonly AdjustmentError DecisionDateInFuture = new("decision.date-future", "The decision's date is after today.");
    public static readonly AdjustmentError DecisionBeforePlan = new("decision.before-plan", "The decision's date is before the plan was issued.");
    public static readonly AdjustmentError DecisionAlreadyRecorded = new("decision.already-recorded", "A decision with this number was already recorded for the plan.");
    public static readonly AdjustmentError NothingToApprove = new("decision.nothing-to-approve", "No proposal is in the batch awaiting the decision.");
}
