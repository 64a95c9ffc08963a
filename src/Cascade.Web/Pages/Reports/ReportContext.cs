using Cascade.Core.Reporting;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reports;

/// <summary>
/// A task in a period as the report page needs it, found only when the user may read the task and
/// the period belongs to the task's plan: otherwise nothing (the page answers 404, leaking nothing).
/// </summary>
public sealed record ReportContext(
    int TaskId, string Ref, string Title, string? TimeframeText, TimeframeKind TimeframeKind, string? Product,
    int PlanId, string PlanName, int? PlanUnitId,
    PlanPeriod Period,
    IReadOnlyList<HeldAgency> Leads,
    IReadOnlyList<HeldAgency> Coordinating)
{
    /// <summary>The agency that writes the report: the holder today of the first lead named.</summary>
    public int ReportingAgencyId => Leads[0].HolderId;

    public static async Task<ReportContext?> LoadAsync(CascadeDbContext db, CurrentUser user, int periodId, int taskId, CancellationToken cancellationToken)
    {
        var task = await db.VisibleTasks(user.Scope).Where(t => t.Id == taskId)
            .Select(t => new
            {
                t.Id,
                t.Ref,
                t.Title,
                t.Timeframe.Text,
                t.Timeframe.Kind,
                t.Product,
                t.PlanId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        var assignments = task is null ? [] : await HeldAgencies.RowsAsync(db, [task.Id], cancellationToken);
        if (task is null || !assignments.Any(a => a.Role == AssignmentRole.Lead))
        {
            return null;
        }

        var period = await db.Periods.AsNoTracking().Include(p => p.Exceptions).FirstOrDefaultAsync(p => p.Id == periodId && p.PlanId == task.PlanId, cancellationToken);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == task.PlanId)
            .Select(p => new { Name = p.Number != null ? p.Number.Text : p.Issuer, p.AdministrativeUnitId }).FirstAsync(cancellationToken);
        if (period is null)
        {
            return null;
        }

        // Two agencies named on the task and held by one agency today appear once, as that agency.
        var held = await HeldAgencies.NamerAsync(db, assignments, cancellationToken);
        var leads = assignments.Where(a => a.Role == AssignmentRole.Lead).Select(held).DistinctBy(a => a.HolderId).ToList();
        var coordinating = assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(held)
            .Where(a => leads.All(l => l.HolderId != a.HolderId)).DistinctBy(a => a.HolderId).ToList();
        return new ReportContext(task.Id, task.Ref, task.Title, task.Text, task.Kind, task.Product, task.PlanId, plan.Name, plan.AdministrativeUnitId, period,
            leads, coordinating);
    }

    public bool CanWriteReport(CurrentUser user) => user.Scope.CanWriteReport(Leads.Select(l => l.HolderId));

    /// <summary>The user's agency that contributes to this task, if any.</summary>
    public int? ContributingAgency(CurrentUser user) =>
        Coordinating.Select(c => (int?)c.HolderId).FirstOrDefault(a => user.Scope.CanWriteContribution(a!.Value, Coordinating.Select(c => c.HolderId)));

    public bool CanReview(CurrentUser user) => user.Scope.CanManagePlan(PlanUnitId);

    /// <summary>Where the period stands for the agency that would write.</summary>
    public PeriodPhase PhaseFor(int agencyId, DateOnly today) => Period.PhaseFor(agencyId, today);
}
