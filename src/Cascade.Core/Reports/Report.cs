using Cascade.Core.Progress;

namespace Cascade.Core.Reports;

/// <summary>
/// The lead agency's report on one task for one period: state, percent done, results,
/// difficulties and proposals. Drafted, submitted, then returned with a comment or accepted; an
/// accepted report is locked. Every step is kept as an event.
/// </summary>
public sealed class Report
{
    public const int MaxTextLength = 8000;

    private readonly List<ReportEvent> _events = [];

    private Report()
    {
    }

    public Report(int taskId, int agencyId, int periodId)
    {
        TaskId = taskId;
        AgencyId = agencyId;
        PeriodId = periodId;
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    /// <summary>The agency that reports (the task's lead, or its successor at the time of reporting).</summary>
    public int AgencyId { get; private set; }

    public int PeriodId { get; private set; }

    public ReportStatus Status { get; private set; }

    public ReportedState State { get; private set; }

    public int PercentDone { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Results { get; private set; }

    public string? Difficulties { get; private set; }

    public string? Proposals { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The day of submission in Vietnam, the day lateness is judged on.</summary>
    public DateOnly? SubmittedOn { get; private set; }

    /// <summary>Submitted after the period's due day: accepted, and marked.</summary>
    public bool IsLate { get; private set; }

    /// <summary>Increases with every change, so two people editing one report cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ReportEvent> Events => _events;

    public bool IsLocked => Status == ReportStatus.Accepted;

    /// <summary>
    /// Hands an unfinished report (a draft, or one sent back) to the agency that holds the task since a
    /// reorganisation. A submitted or accepted report stays with the agency that filed it.
    /// </summary>
    public bool HandOver(int agencyId)
    {
        if (agencyId == AgencyId || Status is ReportStatus.Submitted or ReportStatus.Accepted)
        {
            return false;
        }

        AgencyId = agencyId;
        return true;
    }

    /// <summary>Writes the agency's content; allowed while the report is a draft or was returned.</summary>
    public ReportError? Edit(ReportContent content, Guid userId, DateTimeOffset at)
    {
        if (IsLocked)
        {
            return ReportError.Locked;
        }

        if (Status == ReportStatus.Submitted)
        {
            return ReportError.AlreadySubmitted;
        }

        if (content.Validate() is { } error)
        {
            return error;
        }

        State = content.State;
        PercentDone = content.PercentDone;
        CompletedOn = content.CompletedOn;
        Results = content.Results;
        Difficulties = content.Difficulties;
        Proposals = content.Proposals;
        Version++;
        _events.Add(new ReportEvent(ReportAction.Drafted, userId, at, null));
        return null;
    }

    /// <summary>
    /// Sends the report for review. A difficulty, or a report after the due day, must carry the
    /// reason and a proposal (the difficulty and proposal fields).
    /// </summary>
    public ReportError? Submit(Guid userId, DateTimeOffset at, DateOnly dueOn, DateOnly today)
    {
        if (IsLocked)
        {
            return ReportError.Locked;
        }

        if (Status == ReportStatus.Submitted)
        {
            return ReportError.AlreadySubmitted;
        }

        var late = today > dueOn;
        if ((State == ReportedState.Blocked || late && State != ReportedState.Done)
            && (string.IsNullOrWhiteSpace(Difficulties) || string.IsNullOrWhiteSpace(Proposals)))
        {
            return ReportError.ReasonRequired;
        }

        Status = ReportStatus.Submitted;
        SubmittedAt = at.ToUniversalTime();
        SubmittedOn = today;
        IsLate = late;
        Version++;
        _events.Add(new ReportEvent(ReportAction.Submitted, userId, at, null));
        return null;
    }

    /// <summary>The coordinator sends the report back with what to fix.</summary>
    public ReportError? Return(Guid userId, DateTimeOffset at, string comment)
    {
        if (Status != ReportStatus.Submitted)
        {
            return IsLocked ? ReportError.Locked : ReportError.NotSubmitted;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return ReportError.CommentRequired;
        }

        Status = ReportStatus.Returned;
        Version++;
        _events.Add(new ReportEvent(ReportAction.Returned, userId, at, comment.Trim()));
        return null;
    }

    /// <summary>The coordinator accepts the report; it is locked from then on.</summary>
    public ReportError? Accept(Guid userId, DateTimeOffset at, string? comment = null)
    {
        if (Status != ReportStatus.Submitted)
        {
            return IsLocked ? ReportError.Locked : ReportError.NotSubmitted;
        }

        Status = ReportStatus.Accepted;
        Version++;
        _events.Add(new ReportEvent(ReportAction.Accepted, userId, at, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()));
        return null;
    }

    /// <summary>What the status engine needs of this report, once it has been submitted.</summary>
    public ProgressReport? ToProgress(int year) => SubmittedOn is { } on && Status != ReportStatus.Draft
        ? new ProgressReport(year, on, State, PercentDone, CompletedOn)
        : null;
}

/// <summary>One step of a report's life: who did what, when, with which comment.</summary>
public sealed class ReportEvent
{
    private ReportEvent()
    {
    }

    internal ReportEvent(ReportAction action, Guid userId, DateTimeOffset at, string? comment)
    {
        Action = action;
        UserId = userId;
        At = at.ToUniversalTime();
        Comment = comment;
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public ReportAction Action { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}
