namespace Cascade.Core.Adjustments;

/// <summary>What an agency proposes to do with the plan's register.</summary>
public enum AdjustmentKind
{
    /// <summary>Điều chỉnh: the task's content, timeframe, product or agencies change.</summary>
    Change = 0,

    /// <summary>Bổ sung: a new task.</summary>
    Add = 1,

    /// <summary>Đưa ra khỏi kế hoạch: the task is dropped.</summary>
    Drop = 2,
}

/// <summary>
/// Where a proposal stands: sent by the agency, taken into the coordinator's batch or declined,
/// approved by the People's Committee's decision, or withdrawn by the agency before consolidation.
/// </summary>
public enum AdjustmentStatus
{
    Proposed = 0,
    Accepted = 1,
    Declined = 2,
    Approved = 3,
    Withdrawn = 4,
}
