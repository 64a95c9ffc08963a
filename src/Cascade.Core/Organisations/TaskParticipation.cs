using Cascade.Core.Access;

namespace Cascade.Core.Organisations;

public enum ParticipationStatus
{
    /// <summary>Đã đăng ký, chờ xem xét.</summary>
    Applied = 0,

    /// <summary>Được chấp nhận tham gia.</summary>
    Accepted = 1,

    /// <summary>Không chấp nhận.</summary>
    Declined = 2,
}

/// <summary>
/// An organisation's application to take part in a task, and the lead department's decision on it.
/// An accepted organisation is shown on the task and can be named in the task's reports.
/// </summary>
public sealed class TaskParticipation
{
    public const int MaxNoteLength = 1000;

    private TaskParticipation()
    {
        Application = string.Empty;
    }

    public TaskParticipation(int taskId, Organisation organisation, string application, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(application);
        TaskId = taskId;
        Organisation = organisation;
        Application = application.Trim();
        AppliedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>What the organisation says it would contribute.</summary>
    public string Application { get; private set; }

    public ParticipationStatus Status { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    /// <summary>The decision's note: the reason of a refusal, what is expected of an accepted organisation.</summary>
    public string? Note { get; private set; }

    /// <summary>An organisation applies once a task: again only after it was declined.</summary>
    public static ApplicationError? CanApply(IEnumerable<ParticipationStatus> earlier) =>
        earlier.Any(s => s is ParticipationStatus.Applied or ParticipationStatus.Accepted) ? ApplicationError.AlreadyApplied : null;

    /// <summary>
    /// Who decides: the reporter of an agency holding the task's lead today, or whoever manages the
    /// plan (its province's coordinator, an administrator).
    /// </summary>
    public static bool CanDecide(UserScope scope, int? planUnitId, IEnumerable<int> currentLeadAgencyIds) =>
        scope.CanManagePlan(planUnitId)
        || scope.Role == Role.AgencyReporter && currentLeadAgencyIds.Any(scope.AgencyIds.Contains);

    public ApplicationError? Accept(Guid by, DateTimeOffset at, string? note) => Decide(ParticipationStatus.Accepted, by, at, note);

    /// <summary>A refusal says why: the organisation is told.</summary>
    public ApplicationError? Decline(Guid by, DateTimeOffset at, string? note) =>
        string.IsNullOrWhiteSpace(note) ? ApplicationError.NoteRequired : Decide(ParticipationStatus.Declined, by, at, note);

    private ApplicationError? Decide(ParticipationStatus status, Guid by, DateTimeOffset at, string? note)
    {
        if (Status != ParticipationStatus.Applied)
        {
            return ApplicationError.AlreadyDecided;
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            return ApplicationError.NoteTooLong;
        }

        Status = status;
        DecidedBy = by;
        DecidedAt = at.ToUniversalTime();
        Note = note;
        return null;
    }
}
