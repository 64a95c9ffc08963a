namespace Cascade.Core.Reports;

/// <summary>
/// A coordinating agency's part in a task for a period: what it did, sent to the lead agency, which
/// sees it beside its own draft. A missing contribution shows who holds up whom.
/// </summary>
public sealed class Contribution
{
    private Contribution()
    {
        Text = string.Empty;
    }

    public Contribution(int taskId, int agencyId, int periodId, string text, DateTimeOffset submittedAt, Guid userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > Report.MaxTextLength)
        {
            throw new ArgumentException($"A contribution is at most {Report.MaxTextLength} characters.", nameof(text));
        }

        TaskId = taskId;
        AgencyId = agencyId;
        PeriodId = periodId;
        Text = text.Trim();
        SubmittedAt = submittedAt.ToUniversalTime();
        SubmittedBy = userId;
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public int AgencyId { get; private set; }

    public int PeriodId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid SubmittedBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>Rewrites the contribution while the lead's report is not accepted.</summary>
    public void Revise(string text, DateTimeOffset at, Guid userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        SubmittedAt = at.ToUniversalTime();
        SubmittedBy = userId;
        Version++;
    }
}
