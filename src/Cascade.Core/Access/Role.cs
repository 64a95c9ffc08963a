namespace Cascade.Core.Access;

/// <summary>The roles of Cascade's users; each is scoped (design: issue of the reporting workflow).</summary>
public enum Role
{
    /// <summary>Quản trị: users, agencies, settings.</summary>
    Administrator = 0,

    /// <summary>Điều phối (the Sở KH&CN of one province): that province's plans, periods and reviews.</summary>
    Coordinator = 1,

    /// <summary>Cán bộ báo cáo of one agency: its tasks as lead or coordinating, nothing else written.</summary>
    AgencyReporter = 2,

    /// <summary>Lãnh đạo: reads one province.</summary>
    Leader = 3,

    /// <summary>Reads everything, writes nothing.</summary>
    NationalViewer = 4,
}

public static class RoleNames
{
    public const string Administrator = nameof(Role.Administrator);
    public const string Coordinator = nameof(Role.Coordinator);
    public const string AgencyReporter = nameof(Role.AgencyReporter);
    public const string Leader = nameof(Role.Leader);
    public const string NationalViewer = nameof(Role.NationalViewer);
}
