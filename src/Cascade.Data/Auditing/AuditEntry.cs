namespace Cascade.Data.Auditing;

/// <summary>One change to an audited record: who, when, what, before and after (JSON of the changed fields).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>The record's type ("Report", "PlanTask"...).</summary>
    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; set; } = string.Empty;

    public string? Before { get; set; }

    public string? After { get; set; }
}
