using Cascade.Core.Access;
using Cascade.Core.Agencies;
using Cascade.Core.Revisions;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Adjustments;

/// <summary>What an agency proposes for a task: the fields it wants, null where they stay as they are.</summary>
public sealed record ProposedTask(
    string? Title = null,
    IReadOnlyList<string>? Lead = null,
    IReadOnlyList<string>? Support = null,
    string? TimeframeText = null,
    string? Product = null,
    string? Group = null);

/// <summary>
/// An agency's proposal to change, add or drop a task of a plan, with its reason ("kịp thời đề xuất
/// các nội dung điều chỉnh, bổ sung ... gửi về Sở Khoa học và Công nghệ tổng hợp"). The coordinator
/// takes it into a batch or declines it; the People's Committee's decision approves the batch.
/// </summary>
public sealed class AdjustmentProposal
{
    public const int MaxReasonLength = 2000;
    public const int MaxCommentLength = 2000;

    /// <summary>Agency names are kept one per line.</summary>
    private const char NameSeparator = '\n';

    private AdjustmentProposal()
    {
        Reason = string.Empty;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The task changed or dropped; for an addition, the task it became once approved.</summary>
    public int? TaskId { get; private set; }

    public AdjustmentKind Kind { get; private set; }

    /// <summary>The task's number when proposed (for an addition: the number proposed, if any).</summary>
    public string? TaskRef { get; private set; }

    public string? Title { get; private set; }

    public string? LeadNames { get; private set; }

    public string? SupportNames { get; private set; }

    public string? TimeframeText { get; private set; }

    public string? Product { get; private set; }

    /// <summary>For an addition: the group of the register it goes under.</summary>
    public string? Group { get; private set; }

    public string Reason { get; private set; }

    public int ProposedByAgencyId { get; private set; }

    public Guid ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public AdjustmentStatus Status { get; private set; }

    /// <summary>The coordinator's comment on taking it into the batch or declining it.</summary>
    public string? Comment { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The decision that approved it.</summary>
    public int? DecisionId { get; private set; }

    /// <summary>Increases with every step, so two coordinators never act on one proposal at once.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<string>? Lead => Split(LeadNames);

    public IReadOnlyList<string>? Support => Split(SupportNames);

    /// <summary>The fields proposed, as one value.</summary>
    public ProposedTask Proposed => new(Title, Lead, Support, TimeframeText, Product, Group);

    /// <summary>
    /// A proposal as the agency sends it. <paramref name="current"/> is the task as the plan prints it
    /// today (null for an addition): a change must differ from it in something.
    /// </summary>
    public static (AdjustmentProposal? Proposal, AdjustmentError? Error) Propose(
        int planId, AdjustmentKind kind, int? taskId, TaskVersion? current, ProposedTask proposed, string? reason,
        int agencyId, Guid userId, DateTimeOffset at)
    {
        reason = VietnameseText.Clean(reason);
        if (reason.Length == 0)
        {
            return (null, AdjustmentError.ReasonRequired);
        }

        if (reason.Length > MaxReasonLength)
        {
            return (null, AdjustmentError.TooLong);
        }

        if (kind != AdjustmentKind.Add && (taskId is null || current is null))
        {
            return (null, AdjustmentError.TaskRequired);
        }

        var fields = kind == AdjustmentKind.Drop ? new ProposedTask() : Cleaned(proposed);
        if (TooLong(fields))
        {
            return (null, AdjustmentError.TooLong);
        }

        if (kind == AdjustmentKind.Add && fields.Title is null)
        {
            return (null, AdjustmentError.TitleRequired);
        }

        if (kind == AdjustmentKind.Add && fields.Lead is not { Count: > 0 })
        {
            return (null, AdjustmentError.LeadRequired);
        }

        if (kind == AdjustmentKind.Change)
        {
            fields = OnlyDifferences(fields, current!);
            if (fields == new ProposedTask())
            {
                return (null, AdjustmentError.NothingChanged);
            }
        }

        var proposal = new AdjustmentProposal
        {
            PlanId = planId,
            TaskId = kind == AdjustmentKind.Add ? null : taskId,
            Kind = kind,
            TaskRef = current?.Ref,
            Title = fields.Title,
            LeadNames = Join(fields.Lead),
            SupportNames = Join(fields.Support),
            TimeframeText = fields.TimeframeText,
            Product = fields.Product,
            Group = kind == AdjustmentKind.Add ? fields.Group : null,
            Reason = reason,
            ProposedByAgencyId = agencyId,
            ProposedBy = userId,
            ProposedAt = at.ToUniversalTime(),
            Status = AdjustmentStatus.Proposed,
        };
        return (proposal, null);
    }

    /// <summary>The proposing agency takes its proposal back, before the coordinator has acted on it.</summary>
    public AdjustmentError? Withdraw(UserScope scope, Guid userId, DateTimeOffset at)
    {
        if (!AdjustmentAccess.CanWithdraw(scope, this))
        {
            return AdjustmentError.NotAllowed;
        }

        return Move(AdjustmentStatus.Withdrawn, AdjustmentStatus.Proposed, null, userId, at);
    }

    /// <summary>The coordinator takes the proposal into the batch submitted to the People's Committee.</summary>
    public AdjustmentError? Accept(string? comment, Guid userId, DateTimeOffset at) =>
        Move(AdjustmentStatus.Accepted, AdjustmentStatus.Proposed, comment, userId, at);

    /// <summary>The coordinator takes the proposal out of the batch again, back to awaiting consolidation.</summary>
    public AdjustmentError? Reconsider(Guid userId, DateTimeOffset at) =>
        Status == AdjustmentStatus.Accepted
            ? Move(AdjustmentStatus.Proposed, AdjustmentStatus.Accepted, Comment, userId, at)
            : Status == AdjustmentStatus.Approved ? AdjustmentError.AlreadyApproved : AdjustmentError.NotAccepted;

    /// <summary>The coordinator declines the proposal (awaiting, or in the batch) and says why.</summary>
    public AdjustmentError? Decline(string? comment, Guid userId, DateTimeOffset at)
    {
        if (Status == AdjustmentStatus.Approved)
        {
            return AdjustmentError.AlreadyApproved;
        }

        if (Status is not (AdjustmentStatus.Proposed or AdjustmentStatus.Accepted))
        {
            return AdjustmentError.NotPending;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return AdjustmentError.CommentRequired;
        }

        return Move(AdjustmentStatus.Declined, Status, comment, userId, at);
    }

    /// <summary>The decision approving the batch was recorded; for an addition, the task it created.</summary>
    public AdjustmentError? Approve(int decisionId, int? createdTaskId = null)
    {
        if (Status == AdjustmentStatus.Approved)
        {
            return AdjustmentError.AlreadyApproved;
        }

        if (Status != AdjustmentStatus.Accepted)
        {
            return AdjustmentError.NotAccepted;
        }

        Status = AdjustmentStatus.Approved;
        DecisionId = decisionId;
        if (Kind == AdjustmentKind.Add)
        {
            TaskId = createdTaskId;
        }

        Version++;
        return null;
    }

    private AdjustmentError? Move(AdjustmentStatus to, AdjustmentStatus from, string? comment, Guid userId, DateTimeOffset at)
    {
        if (Status == AdjustmentStatus.Approved)
        {
            return AdjustmentError.AlreadyApproved;
        }

        if (Status != from)
        {
            return from == AdjustmentStatus.Accepted ? AdjustmentError.NotAccepted : AdjustmentError.NotPending;
        }

        comment = VietnameseText.Clean(comment);
        if (comment.Length > MaxCommentLength)
        {
            return AdjustmentError.TooLong;
        }

        Status = to;
        Comment = comment.Length == 0 ? null : comment;
        ReviewedBy = userId;
        ReviewedAt = at.ToUniversalTime();
        Version++;
        return null;
    }

    private static ProposedTask Cleaned(ProposedTask p) => new(
        NullIfEmpty(p.Title),
        Names(p.Lead),
        Names(p.Support),
        NullIfEmpty(p.TimeframeText),
        NullIfEmpty(p.Product),
        NullIfEmpty(p.Group));

    private static bool TooLong(ProposedTask p) =>
        p.Title is { Length: > PlanTask.MaxTitleLength }
        || p.TimeframeText is { Length: > Timeframe.MaxTextLength }
        || p.Product is { Length: > PlanTask.MaxProductLength }
        || p.Group is { Length: > PlanTask.MaxGroupLength }
        || (p.Lead ?? []).Concat(p.Support ?? []).Any(n => n.Length > Agency.MaxNameLength)
        || (p.Lead?.Count ?? 0) + (p.Support?.Count ?? 0) > 60;

    /// <summary>Keeps the fields that differ from the task as printed, so the proposal says only what changes.</summary>
    private static ProposedTask OnlyDifferences(ProposedTask p, TaskVersion current) => new(
        p.Title is { } title && VietnameseText.Fold(title) != VietnameseText.Fold(current.Title) ? title : null,
        p.Lead is { } lead && !SameNames(lead, current.Lead) ? lead : null,
        p.Support is { } support && !SameNames(support, current.Support) ? support : null,
        p.TimeframeText is { } timeframe && VietnameseText.Fold(timeframe) != VietnameseText.Fold(current.TimeframeText) ? timeframe : null,
        p.Product is { } product && VietnameseText.Fold(product) != VietnameseText.Fold(current.Product) ? product : null);

    private static bool SameNames(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(AgencyNames.Key).SequenceEqual(b.Select(AgencyNames.Key));

    private static string? NullIfEmpty(string? text) => VietnameseText.Clean(text) is { Length: > 0 } clean ? clean : null;

    private static IReadOnlyList<string>? Names(IReadOnlyList<string>? names)
    {
        var clean = names?.Select(VietnameseText.Clean).Where(n => n.Length > 0).Distinct().ToList();
        return clean is { Count: > 0 } ? clean : null;
    }

    private static string? Join(IReadOnlyList<string>? names) => names is null ? null : string.Join(NameSeparator, names);

    private static List<string>? Split(string? names) => names?.Split(NameSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
}
