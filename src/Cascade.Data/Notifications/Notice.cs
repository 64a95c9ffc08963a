namespace Cascade.Data.Notifications;

/// <summary>
/// A notice to an agency before it is stored: one in-app notification, and one e-mail to each
/// active account of the agency. The key names the event; the e-mails add the recipient to it.
/// </summary>
public sealed record Notice(int AgencyId, string Kind, string Title, string Body, string Link, string DedupKey);

/// <summary>What storing notices created: only what did not exist already is counted.</summary>
public sealed record NoticeOutcome(int Notifications, int Emails)
{
    public static NoticeOutcome None { get; } = new(0, 0);

    public NoticeOutcome Plus(NoticeOutcome other) => new(Notifications + other.Notifications, Emails + other.Emails);
}
