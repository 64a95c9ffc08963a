namespace Cascade.Core.Links;

public enum TaskLinkStatus
{
    /// <summary>Found by the title and agency rule, awaiting the coordinator.</summary>
    Proposed = 0,

    /// <summary>The coordinator confirmed the task carries out the higher plan's task: one report counts for both.</summary>
    Confirmed = 1,

    /// <summary>The coordinator said no; the pair is not proposed again.</summary>
    Rejected = 2,
}

/// <summary>
/// A task of a plan that carries out a task of a higher plan it implements (a province's task under
/// the Party committee's program, a district's under the province's), as the coordinator decided.
/// </summary>
public sealed class TaskLink
{
    private TaskLink()
    {
    }

    /// <param name="taskId">The lower plan's task (the one reported on).</param>
    /// <param name="parentTaskId">The higher plan's task it carries out.</param>
    public TaskLink(int taskId, int parentTaskId, double score, DateTimeOffset at)
    {
        if (taskId == parentTaskId)
        {
            throw new ArgumentException("A task cannot carry out itself.", nameof(parentTaskId));
        }

        TaskId = taskId;
        ParentTaskId = parentTaskId;
        Score = Math.Round(Math.Clamp(score, 0, 1), 3);
        Status = TaskLinkStatus.Proposed;
        ProposedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public int ParentTaskId { get; private set; }

    /// <summary>The rule's score when proposed, 0..1.</summary>
    public double Score { get; private set; }

    public TaskLinkStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Confirms a proposed link; a rejected one may be confirmed after all, a confirmed one stays.</summary>
    public LinkError? Confirm(Guid userId, DateTimeOffset at) => Decide(TaskLinkStatus.Confirmed, userId, at);

    /// <summary>Rejects the pair, or undoes a confirmed link.</summary>
    public LinkError? Reject(Guid userId, DateTimeOffset at) => Decide(TaskLinkStatus.Rejected, userId, at);

    private LinkError? Decide(TaskLinkStatus to, Guid userId, DateTimeOffset at)
    {
        if (Status == to)
        {
            return to == TaskLinkStatus.Confirmed ? LinkError.AlreadyConfirmed : LinkError.AlreadyRejected;
        }

        Status = to;
        DecidedBy = userId;
        DecidedAt = at.ToUniversalTime();
        return null;
    }
}

/// <summary>Why a link step was refused.</summary>
public sealed record LinkError(string Code, string Message)
{
    public static readonly LinkError AlreadyConfirmed = new("link.already-confirmed", "The link is already confirmed.");
    public static readonly LinkError AlreadyRejected = new("link.already-rejected", "The link is already rejected.");
    public static readonly LinkError NotAllowed = new("link.not-allowed", "Your account may not link the tasks of this plan.");
    public static readonly LinkError NotImplemented = new("link.not-implemented", "The task's plan does not implement the other task's plan.");
}
