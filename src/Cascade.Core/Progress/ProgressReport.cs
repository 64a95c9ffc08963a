namespace Cascade.Core.Progress;

/// <summary>
/// What the status engine needs of one accepted or submitted report: the year it reports on, when
/// it was submitted, what it says, and the day the work was completed when it says so.
/// </summary>
/// <param name="ProductLinked">
/// For a task whose product is an issued document: whether the report links it; null when the task
/// names no such product.
/// </param>
public sealed record ProgressReport(int Year, DateOnly SubmittedOn, ReportedState State, int PercentDone = 0, DateOnly? CompletedOn = null, bool? ProductLinked = null)
{
    /// <summary>The day the work counts as done: the completion day reported, else the day of the report.</summary>
    public DateOnly DoneOn => CompletedOn ?? SubmittedOn;

    public bool ShowsWork => State is ReportedState.InProgress or ReportedState.Blocked or ReportedState.Done || PercentDone > 0;

    /// <summary>Done, with the issued product linked where the task names one: a report of "done" without it is work in progress.</summary>
    public bool CountsAsDone => State == ReportedState.Done && ProductLinked != false;

    /// <summary>Says done, but the issued document the task is to produce is not linked yet.</summary>
    public bool AwaitsProduct => State == ReportedState.Done && ProductLinked == false;
}
