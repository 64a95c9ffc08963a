namespace Cascade.Data.Notifications;

/// <summary>
/// An in-app notice to an agency (a reminder, an urging notice, a returned report). The dedup key
/// names the event ("remind:period 12:agency 7:before 3"), unique, so nothing is sent twice.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public string DedupKey { get; set; } = string.Empty;
}

/// <summary>An e-mail waiting to go out or sent; the same dedup key as its notification.</summary>
public sealed class OutboxEmail
{
    public long Id { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public string DedupKey { get; set; } = string.Empty;
}
