using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Reorganisation;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reorganisation;

/// <summary>
/// The assignments of agencies whose duties split (Sở Lao động – Thương binh và Xã hội, Sở Thông tin
/// và Truyền thông): the main successor holds them unless the coordinator picks, task by task, the
/// successor whose share of functions the task belongs to.
/// </summary>
public static class SplitChoices
{
    public sealed record Option(int AgencyId, string Name, string? Functions);

    public sealed record Row(int AssignmentId, int PlanId, string Plan, string Ref, string Title, AssignmentRole Role, string PrintedName, int HolderId, IReadOnlyList<Option> Options);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> LoadAsync(CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var links = await new AssignmentRouting(db).LinksAsync(cancellationToken);
            var split = links.GroupBy(l => l.PredecessorId).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            if (split.Count == 0)
            {
                return [];
            }

            var plans = (await db.VisiblePlans(user.Scope).Select(p => new { p.Id, p.AdministrativeUnitId, Name = p.Number != null ? p.Number.Text : p.Issuer }).ToListAsync(cancellationToken))
                .Where(p => user.Scope.CanManagePlan(p.AdministrativeUnitId)).ToDictionary(p => p.Id);
            var planIds = plans.Keys.ToList();
            var assignments = await db.Assignments.AsNoTracking()
                .Join(db.Tasks.Where(t => planIds.Contains(t.PlanId) && t.WithdrawnAt == null), a => a.TaskId, t => t.Id,
                    (a, t) => new { a.Id, a.AgencyId, a.CurrentAgencyId, a.Role, a.PrintedName, a.Order, t.PlanId, t.Ref, t.Title, TaskOrder = t.Order })
                .OrderBy(x => x.PlanId).ThenBy(x => x.TaskOrder).ThenBy(x => x.Role).ThenBy(x => x.Order)
                .ToListAsync(cancellationToken);
            var candidates = assignments
                .Select(a => (Assignment: a, Options: AgencyHolder.CandidatesOn(a.AgencyId, today, links)))
                .Where(x => x.Options.Count > 1)
                .ToList();
            var optionIds = candidates.SelectMany(c => c.Options).Distinct().ToList();
            var names = await db.Agencies.AsNoTracking().Where(a => optionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            return candidates.Select(c => new Row(c.Assignment.Id, c.Assignment.PlanId, plans[c.Assignment.PlanId].Name, c.Assignment.Ref, c.Assignment.Title,
                    c.Assignment.Role, c.Assignment.PrintedName, c.Assignment.CurrentAgencyId,
                    c.Options.Select(o => new Option(o, names.GetValueOrDefault(o, "?"), SharesOf(c.Assignment.AgencyId, today, links).GetValueOrDefault(o))).ToList()))
                .ToList();
        }

        /// <summary>
        /// The share of functions each end of the named agency's successions takes: named where the duties
        /// split, and kept by the later successors of that share (the same department of the new province).
        /// </summary>
        private static Dictionary<int, string?> SharesOf(int agencyId, DateOnly today, IReadOnlyList<SuccessionLink> links)
        {
            var ends = new Dictionary<int, string?>();
            var seen = new HashSet<int>();
            var stack = new Stack<(int Id, string? Functions)>([(agencyId, null)]);
            while (stack.TryPop(out var at))
            {
                if (!seen.Add(at.Id))
                {
                    continue;
                }

                var next = links.Where(l => l.PredecessorId == at.Id && l.EffectiveOn <= today).ToList();
                if (next.Count == 0)
                {
                    ends.TryAdd(at.Id, at.Functions);
                }

                foreach (var link in next)
                {
                    stack.Push((link.SuccessorId, at.Functions ?? link.Functions));
                }
            }

            return ends;
        }

        /// <summary>Hands one assignment to one of the successors its agency's duties split among; false when that is not one of them.</summary>
        public async Task<bool> ChooseAsync(int assignmentId, int agencyId, CancellationToken cancellationToken)
        {
            var row = (await LoadAsync(cancellationToken)).FirstOrDefault(r => r.AssignmentId == assignmentId);
            if (row is null || row.Options.All(o => o.AgencyId != agencyId))
            {
                return false;
            }

            var assignment = await db.Assignments.SingleAsync(a => a.Id == assignmentId, cancellationToken);
            assignment.MoveTo(await db.Agencies.SingleAsync(a => a.Id == agencyId, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
