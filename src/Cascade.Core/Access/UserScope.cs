namespace Cascade.Core.Access;

/// <summary>
/// What one user may see and do, decided on the resource (its province, its agency), not only on
/// the role. A coordinator or leader is scoped to provinces (the province, plus the old provinces
/// it took over in 2025); an agency reporter to its agency, which reaches the tasks it holds today
/// (those of the agencies it succeeded included: the agencies passed in are the tasks' holders).
/// </summary>
public sealed record UserScope(Role Role, IReadOnlySet<int> UnitIds, IReadOnlySet<int> AgencyIds)
{
    public static UserScope Administrator { get; } = new(Role.Administrator, new HashSet<int>(), new HashSet<int>());

    public static UserScope NationalViewer { get; } = new(Role.NationalViewer, new HashSet<int>(), new HashSet<int>());

    public static UserScope Coordinator(params int[] unitIds) => new(Role.Coordinator, unitIds.ToHashSet(), new HashSet<int>());

    public static UserScope Leader(params int[] unitIds) => new(Role.Leader, unitIds.ToHashSet(), new HashSet<int>());

    public static UserScope Reporter(params int[] agencyIds) => new(Role.AgencyReporter, new HashSet<int>(), agencyIds.ToHashSet());

    public bool SeesEverything => Role is Role.Administrator or Role.NationalViewer;

    /// <summary>Reading a plan: everyone with a province of the plan, or the agencies named on it.</summary>
    public bool CanReadPlan(int? planUnitId, IEnumerable<int> agenciesOnPlan) => Role switch
    {
        Role.Administrator or Role.NationalViewer => true,
        Role.Coordinator or Role.Leader => planUnitId is { } unit && UnitIds.Contains(unit),
        Role.AgencyReporter => agenciesOnPlan.Any(AgencyIds.Contains),
        _ => false,
    };

    /// <summary>Managing a plan (periods, reviews, imports): its province's coordinator, or an administrator.</summary>
    public bool CanManagePlan(int? planUnitId) => Role switch
    {
        Role.Administrator => true,
        Role.Coordinator => planUnitId is { } unit && UnitIds.Contains(unit),
        _ => false,
    };

    /// <summary>Writing the report of a task: the reporter of its lead agency.</summary>
    public bool CanWriteReport(IEnumerable<int> leadAgencies) =>
        Role == Role.AgencyReporter && leadAgencies.Any(AgencyIds.Contains);

    /// <summary>Writing a contribution: the reporter of a coordinating agency of the task.</summary>
    public bool CanWriteContribution(int agencyId, IEnumerable<int> coordinatingAgencies) =>
        Role == Role.AgencyReporter && AgencyIds.Contains(agencyId) && coordinatingAgencies.Contains(agencyId);

    /// <summary>Reading a task's reports: those who manage or read its plan.</summary>
    public bool CanReadTask(int? planUnitId, IEnumerable<int> agenciesOnTask) => Role switch
    {
        Role.Administrator or Role.NationalViewer => true,
        Role.Coordinator or Role.Leader => planUnitId is { } unit && UnitIds.Contains(unit),
        Role.AgencyReporter => agenciesOnTask.Any(AgencyIds.Contains),
        _ => false,
    };

    /// <summary>Creating accounts: administrators anywhere, coordinators for the agencies of their province.</summary>
    public bool CanCreateAccountFor(Role role, int? agencyUnitId) => Role switch
    {
        Role.Administrator => true,
        Role.Coordinator => role == Role.AgencyReporter && agencyUnitId is { } unit && UnitIds.Contains(unit),
        _ => false,
    };
}
