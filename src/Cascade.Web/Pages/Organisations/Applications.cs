using Cascade.Core.Organisations;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Organisations;

/// <summary>The applications a user decides on: the lead department's tasks, or the coordinator's province.</summary>
public static class Applications
{
    public sealed record Item(
        int Id,
        int TaskId,
        string TaskRef,
        string TaskTitle,
        int PlanId,
        string PlanName,
        string Organisation,
        OrganisationKind Kind,
        string? TaxCode,
        string ContactPerson,
        string Email,
        string Phone,
        string Application,
        ParticipationStatus Status,
        DateTimeOffset AppliedAt,
        DateTimeOffset? DecidedAt,
        string? Note);

    public sealed record Result(bool MayDecide, ParticipationStatus? Status, IReadOnlyList<Item> Items);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        /// <param name="status">Only the applications in this state; null for all.</param>
        public async Task<Result> HandleAsync(ParticipationStatus? status, CancellationToken cancellationToken)
        {
            var scope = user.Scope;
            if (!ParticipationScope.DecidesAny(scope))
            {
                return new Result(false, status, []);
            }

            var tasks = db.DecidableTasks(scope);
            var items = await db.TaskParticipations.AsNoTracking()
                .Where(p => tasks.Any(t => t.Id == p.TaskId) && (status == null || p.Status == status))
                .OrderBy(p => p.Status).ThenByDescending(p => p.AppliedAt)
                .Take(500)
                .Select(p => new
                {
                    p.Id,
                    p.TaskId,
                    Task = db.Tasks.Where(t => t.Id == p.TaskId).Select(t => new { t.Ref, t.Title, t.PlanId }).First(),
                    p.Organisation!.Name,
                    p.Organisation.Kind,
                    p.Organisation.TaxCode,
                    p.Organisation.ContactPerson,
                    p.Organisation.Email,
                    p.Organisation.Phone,
                    p.Application,
                    p.Status,
                    p.AppliedAt,
                    p.DecidedAt,
                    p.Note,
                })
                .ToListAsync(cancellationToken);

            var planIds = items.Select(i => i.Task.PlanId).Distinct().ToList();
            var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Number != null ? p.Number.Text : p.Issuer, cancellationToken);
            return new Result(true, status, items.Select(i => new Item(
                    i.Id, i.TaskId, i.Task.Ref, i.Task.Title, i.Task.PlanId, plans[i.Task.PlanId], i.Name, i.Kind, i.TaxCode, i.ContactPerson,
                    i.Email, i.Phone, i.Application, i.Status, i.AppliedAt, i.DecidedAt, i.Note))
                .ToList());
        }
    }
}
