namespace Cascade.Core.Reviews;

/// <summary>Why a plan's state was frozen: the mid-term review (sơ kết), the final one (tổng kết), or another occasion.</summary>
public enum SnapshotKind
{
    MidTerm = 0,
    Final = 1,
    Other = 2,
}

/// <summary>
/// A plan's state frozen at a date for a review: each task's status and each indicator's value as
/// they stood, kept as written so later reports and revisions do not change what the review saw.
/// </summary>
public sealed class PlanSnapshot
{
    public const int MaxTitleLength = 300;

    private PlanSnapshot()
    {
        Title = string.Empty;
        Content = string.Empty;
    }

    public PlanSnapshot(int planId, SnapshotKind kind, string title, DateOnly asOf, int year, string content, Guid takenBy, DateTimeOffset takenAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        PlanId = planId;
        Kind = kind;
        Title = title.Trim().Length > MaxTitleLength ? title.Trim()[..MaxTitleLength] : title.Trim();
        AsOf = asOf;
        Year = year;
        Content = content;
        TakenBy = takenBy;
        TakenAt = takenAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public SnapshotKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>The day the state is taken as of.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>The reporting year the statuses are classified for.</summary>
    public int Year { get; private set; }

    /// <summary>The frozen state, serialised (tasks with their status, indicators with their values).</summary>
    public string Content { get; private set; }

    public Guid TakenBy { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }
}
