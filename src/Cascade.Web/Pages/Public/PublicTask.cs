using Cascade.Core.Organisations;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Pages.Coverage;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Public;

/// <summary>A task of a published plan as the public sees it, with the organisations accepted on it (name and kind).</summary>
public static class PublicTask
{
    public sealed record AcceptedOrganisation(string Name, OrganisationKind Kind);

    public sealed record View(int Id, string Ref, string Title, string? Group, SolutionGroup SolutionGroup, string? TimeframeText, TimeframeKind TimeframeKind,
        string? Product, IReadOnlyList<string> Leads, int PlanId, string? PlanNumber, string PlanTitle, string? ProvinceCode, string? ProvinceName,
        IReadOnlyList<AcceptedOrganisation> Organisations);

    public sealed class Handler(CascadeDbContext db, TimeProvider clock)
    {
        public async Task<View?> LoadAsync(int taskId, CancellationToken cancellationToken)
        {
            var task = await db.PublishedTasks().AsNoTracking().Where(t => t.Id == taskId)
                .Select(t => new
                {
                    t.Id,
                    t.Ref,
                    t.Title,
                    t.Group,
                    t.Timeframe.Text,
                    t.Timeframe.Kind,
                    t.Product,
                    t.PlanId,
                    Leads = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).OrderBy(a => a.Order).Select(a => a.CurrentAgency!.Name).ToList(),
                    Plan = db.Plans.Where(p => p.Id == t.PlanId).Select(p => new { p.Number, p.Title, p.AdministrativeUnitId }).First(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (task is null)
            {
                return null;
            }

            var map = await ProvinceMap.LoadAsync(db, clock.Today(), cancellationToken);
            var province = map.ProvinceOf(task.Plan.AdministrativeUnitId) is { } id ? map.Current.FirstOrDefault(p => p.Id == id) : null;
            var organisations = await db.TaskParticipations.AsNoTracking()
                .Where(p => p.TaskId == taskId && p.Status == ParticipationStatus.Accepted)
                .OrderBy(p => p.DecidedAt)
                .Select(p => new AcceptedOrganisation(p.Organisation!.Name, p.Organisation.Kind))
                .ToListAsync(cancellationToken);
            return new View(task.Id, task.Ref, task.Title, task.Group, SolutionGroups.Of(task.Group, task.Title), task.Text, task.Kind, task.Product,
                task.Leads.Distinct().ToList(), task.PlanId, task.Plan.Number?.Text, task.Plan.Title, province?.Code, province?.Name, organisations);
        }
    }
}
