using Cascade.Core.Agencies;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Tasks;

/// <summary>A row of a plan's task register: what is to be done, by whom, by when.</summary>
public sealed class PlanTask
{
    public const int MaxRefLength = 30;
    public const int MaxTitleLength = 4000;
    public const int MaxGroupLength = 1000;
    public const int MaxProductLength = 1000;

    private readonly List<Assignment> _assignments = [];

    private PlanTask()
    {
        Ref = string.Empty;
        Title = string.Empty;
        Timeframe = Timeframe.Unspecified();
    }

    internal PlanTask(string taskRef, string? group, string title, Timeframe timeframe, string? product, int order)
    {
        taskRef = VietnameseText.Clean(taskRef);
        title = VietnameseText.Clean(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskRef, nameof(taskRef));
        ArgumentException.ThrowIfNullOrWhiteSpace(title, nameof(title));
        if (taskRef.Length > MaxRefLength)
        {
            throw new ArgumentException($"A task reference is at most {MaxRefLength} characters.", nameof(taskRef));
        }

        if (title.Length > MaxTitleLength)
        {
            throw new ArgumentException($"A task title is at most {MaxTitleLength} characters.", nameof(title));
        }

        Ref = taskRef;
        Group = string.IsNullOrWhiteSpace(group) ? null : Truncate(VietnameseText.Clean(group), MaxGroupLength);
        Title = title;
        Timeframe = timeframe;
        Product = string.IsNullOrWhiteSpace(product) ? null : Truncate(VietnameseText.Clean(product), MaxProductLength);
        Order = order;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The row's numbering path (II.3, III.1.2, III.3b).</summary>
    public string Ref { get; private set; }

    /// <summary>The group header the row sits under, as printed.</summary>
    public string? Group { get; private set; }

    public string Title { get; private set; }

    public Timeframe Timeframe { get; private set; }

    /// <summary>The expected output (Đề án, Kế hoạch...), when the plan names one.</summary>
    public string? Product { get; private set; }

    /// <summary>Position in the register.</summary>
    public int Order { get; private set; }

    /// <summary>
    /// Set when a newer version of the plan dropped the task after reports were filed on it: the task
    /// leaves the register but keeps its reports.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public IReadOnlyList<Assignment> Assignments => _assignments;

    /// <summary>Takes the wording of a newer version of the plan; the task (and its reports) stays.</summary>
    public void Revise(string taskRef, string? group, string title, Timeframe timeframe, string? product, int order)
    {
        var revised = new PlanTask(taskRef, group, title, timeframe, product, order);
        Ref = revised.Ref;
        Group = revised.Group;
        Title = revised.Title;
        Timeframe = revised.Timeframe;
        Product = revised.Product;
        Order = order;
        WithdrawnAt = null;
    }

    /// <summary>Removes every agency from the task, before the newer version's are assigned.</summary>
    public void ClearAssignments() => _assignments.Clear();

    public void Withdraw(DateTimeOffset at) => WithdrawnAt = at.ToUniversalTime();

    public IEnumerable<Assignment> Leads => _assignments.Where(a => a.Role == AssignmentRole.Lead).OrderBy(a => a.Order);

    public IEnumerable<Assignment> Coordinating => _assignments.Where(a => a.Role == AssignmentRole.Coordinating).OrderBy(a => a.Order);

    /// <summary>Names an agency on the task. The same agency named twice in one role is kept once.</summary>
    public Assignment Assign(Agency agency, AssignmentRole role, string printedName)
    {
        var existing = _assignments.FirstOrDefault(a => a.Role == role && a.Agency == agency && a.PrintedName == VietnameseText.Clean(printedName));
        if (existing is not null)
        {
            return existing;
        }

        var assignment = new Assignment(agency, role, printedName, _assignments.Count(a => a.Role == role));
        _assignments.Add(assignment);
        return assignment;
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
