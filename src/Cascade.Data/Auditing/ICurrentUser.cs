namespace Cascade.Data.Auditing;

/// <summary>Who is making a change, for the audit trail; the web app answers from the signed-in user.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string? UserName { get; }
}

/// <summary>Changes made outside a request: the command line, start-up seeding, background jobs.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public Guid? UserId => null;

    public string? UserName => "system";
}
