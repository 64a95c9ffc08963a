using Cascade.Core.Progress;

namespace Cascade.Data.Progress;

/// <summary>
/// A task's status for a year as <see cref="TaskStatusEngine"/> last gave it, kept so that summaries
/// over a province or the whole country count rows instead of replaying every report. A row holds
/// until <see cref="ValidUntil"/> (the last day the status stays the same by the passing of time
/// alone) or until a change to the task, its assignments, its reports or its plan removes it.
/// </summary>
public sealed class TaskYearStatus
{
    public int TaskId { get; set; }

    public int Year { get; set; }

    public int PlanId { get; set; }

    public ProgressStatus Status { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The agency holding the task's first lead when the status was computed.</summary>
    public int? LeadAgencyId { get; set; }

    /// <summary>The last day the status holds as time passes; null when only a change can alter it.</summary>
    public DateOnly? ValidUntil { get; set; }
}
