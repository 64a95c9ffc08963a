namespace Cascade.Core.Reports;

/// <summary>
/// Why a step of the report workflow was refused: expected outcomes, not bugs. The code is stable
/// (the UI turns it into a Vietnamese sentence); the message is the English default.
/// </summary>
public sealed record ReportError(string Code, string Message)
{
    public static readonly ReportError Locked = new("report.locked", "The report was accepted and is locked.");
    public static readonly ReportError PeriodLocked = new("report.period-locked", "The reporting period is locked.");
    public static readonly ReportError AlreadySubmitted = new("report.already-submitted", "The report has already been submitted and awaits review.");
    public static readonly ReportError NotSubmitted = new("report.not-submitted", "Only a submitted report can be reviewed.");
    public static readonly ReportError ReasonRequired = new("report.reason-required", "A report of a difficulty or a late task must give the reason and a proposal.");
    public static readonly ReportError CommentRequired = new("report.comment-required", "Returning a report needs a comment saying what to fix.");
    public static readonly ReportError PercentOutOfRange = new("report.percent", "Percent done runs from 0 to 100.");
    public static readonly ReportError DoneNeedsFullPercent = new("report.done-percent", "A task reported done is 100% done.");
    public static readonly ReportError TooLong = new("report.too-long", "A text of the report is longer than allowed.");
}
