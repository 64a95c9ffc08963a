namespace Cascade.Core.Progress;

/// <summary>
/// What the status engine needs of one accepted or submitted report: the year it reports on, when
/// it was submitted, what it says, and the day the work was completed when it says so.
/// </summary>
public sealed record ProgressReport(int Year, DateOnly SubmittedOn, ReportedState State, int PercentDone = 0, DateOnly? CompletedOn = null)
{
    /// <summary>The day the work counts as done: the completion day reported, else the day of the report.</summary>
    public DateOnly DoneOn => CompletedOn ?? SubmittedOn;

    public bool ShowsWork => State is ReportedState.InProgress or ReportedState.Blocked or ReportedState.Done || PercentDone > 0;
}
