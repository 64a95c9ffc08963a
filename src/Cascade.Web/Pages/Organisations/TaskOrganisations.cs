using Cascade.Core.Organisations;
using Cascade.Core.Reports;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Organisations;

/// <summary>
/// The organisations accepted on tasks, as the task, the plan register and the report form show
/// them: name and kind only, never the contact details.
/// </summary>
public static class TaskOrganisations
{
    public sealed record Accepted(int OrganisationId, string Name, OrganisationKind Kind);

    public sealed class Handler(CascadeDbContext db)
    {
        public async Task<IReadOnlyList<Accepted>> ForTaskAsync(int taskId, CancellationToken cancellationToken) =>
            (await ForTasksAsync(db.Tasks.Where(t => t.Id == taskId).Select(t => t.Id), cancellationToken))[taskId].ToList();

        /// <summary>The accepted organisations of a plan's tasks, by task id.</summary>
        public Task<ILookup<int, Accepted>> ForPlanAsync(int planId, CancellationToken cancellationToken) =>
            ForTasksAsync(db.Tasks.Where(t => t.PlanId == planId).Select(t => t.Id), cancellationToken);

        /// <summary>The organisations a report names.</summary>
        public async Task<List<int>> NamedInReportAsync(int reportId, CancellationToken cancellationToken) =>
            await db.ReportOrganisations.AsNoTracking().Where(r => r.ReportId == reportId).Select(r => r.OrganisationId).ToListAsync(cancellationToken);

        private async Task<ILookup<int, Accepted>> ForTasksAsync(IQueryable<int> taskIds, CancellationToken cancellationToken) =>
            (await db.TaskParticipations.AsNoTracking()
                .Where(p => taskIds.Contains(p.TaskId) && p.Status == ParticipationStatus.Accepted)
                .OrderBy(p => p.DecidedAt).ThenBy(p => p.Id)
                .Select(p => new { p.TaskId, Item = new Accepted(p.OrganisationId, p.Organisation!.Name, p.Organisation.Kind) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.TaskId, p => p.Item);
    }

    /// <summary>
    /// Makes the report name exactly <paramref name="organisationIds"/>, before the report is saved; the
    /// Vietnamese refusal when one of them is not accepted on the task. Called by the report's save.
    /// </summary>
    public static async Task<string?> NameInReportAsync(CascadeDbContext db, Report report, int taskId, IReadOnlyCollection<int> organisationIds, CancellationToken cancellationToken)
    {
        var accepted = await db.TaskParticipations.AsNoTracking()
            .Where(p => p.TaskId == taskId && p.Status == ParticipationStatus.Accepted)
            .Select(p => p.OrganisationId).ToListAsync(cancellationToken);
        if (ReportOrganisation.NotAccepted(organisationIds, accepted).Count > 0)
        {
            return OrganisationErrors.NotAccepted;
        }

        var named = report.Id == 0 ? [] : await db.ReportOrganisations.Where(r => r.ReportId == report.Id).ToListAsync(cancellationToken);
        db.ReportOrganisations.RemoveRange(named.Where(n => !organisationIds.Contains(n.OrganisationId)));
        foreach (var id in organisationIds.Distinct().Where(id => named.All(n => n.OrganisationId != id)))
        {
            db.ReportOrganisations.Add(new ReportOrganisation(report, id));
        }

        return null;
    }
}
