using Cascade.Core.Agencies;
using Cascade.Core.Text;

namespace Cascade.Core.Tasks;

/// <summary>
/// An agency named on a task as lead or coordinating. The name stays as the plan printed it,
/// whatever the agency is called today.
/// </summary>
public sealed class Assignment
{
    private Assignment()
    {
        PrintedName = string.Empty;
    }

    internal Assignment(Agency agency, AssignmentRole role, string printedName, int order)
    {
        Agency = agency;
        CurrentAgency = agency;
        Role = role;
        PrintedName = VietnameseText.Clean(printedName);
        Order = order;
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public int AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    /// <summary>
    /// The agency that holds the assignment today: the one named, or its successor once a
    /// reorganisation moved its duties (where the duties split, the one the coordinator picked).
    /// Kept on the row so inboxes and dashboards read it without walking successions.
    /// </summary>
    public int CurrentAgencyId { get; private set; }

    public Agency? CurrentAgency { get; private set; }

    /// <summary>True when a reorganisation moved the assignment away from the agency the plan named.</summary>
    public bool IsMoved => CurrentAgencyId != AgencyId;

    public AssignmentRole Role { get; private set; }

    /// <summary>Hands the assignment to the agency that now holds the named agency's duties.</summary>
    public void MoveTo(Agency holder)
    {
        CurrentAgency = holder;
        CurrentAgencyId = holder.Id;
    }

    /// <summary>The name as printed in the plan, abbreviations expanded.</summary>
    public string PrintedName { get; private set; }

    /// <summary>Position in the cell, so the register reads back in the plan's order.</summary>
    public int Order { get; private set; }
}
