using Cascade.Core.Agencies;
using Cascade.Core.Links;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Links;

/// <summary>
/// A plan's tasks against the tasks of the stored plans it implements (its <c>Implements</c> numbers):
/// the links confirmed, the pairs the rule proposes (computed on the spot, never stored until the
/// coordinator decides), and the coordinator's confirm and reject.
/// </summary>
public static class LinkProposals
{
    public sealed record TaskItem(int Id, string Ref, string Title, string Lead);

    public sealed record Pair(TaskItem Task, TaskItem Parent, double Score, AgencyAffinity? Affinity);

    public sealed record ParentPlan(string Number, int? PlanId, string? Title, IReadOnlyList<TaskItem> Tasks, IReadOnlyList<Pair> Confirmed, IReadOnlyList<Pair> Proposed, int Rejected);

    public sealed record View(int PlanId, string PlanName, bool CanManage, IReadOnlyList<TaskItem> Tasks, IReadOnlyList<ParentPlan> Parents);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        private sealed record Plan(int Id, string Name, int? UnitId, string? Locality);

        public async Task<View?> LoadAsync(int planId, CancellationToken cancellationToken)
        {
            var plan = await FindPlanAsync(planId, cancellationToken);
            if (plan is null)
            {
                return null;
            }

            var tasks = await TasksAsync(plan.Id, cancellationToken);
            var successions = await db.AgencySuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(cancellationToken);
            var taskIds = tasks.Select(t => t.Task.Id).ToList();
            var links = await db.TaskLinks.AsNoTracking().Where(l => taskIds.Contains(l.TaskId)).ToListAsync(cancellationToken);

            var parents = new List<ParentPlan>();
            foreach (var (number, parent) in await ParentsAsync(plan.Id, cancellationToken))
            {
                if (parent is null)
                {
                    parents.Add(new ParentPlan(number, null, null, [], [], [], 0));
                    continue;
                }

                var parentTasks = await TasksAsync(parent.Id, cancellationToken);
                var byId = parentTasks.ToDictionary(t => t.Task.Id, t => t.Task);
                var mine = tasks.ToDictionary(t => t.Task.Id, t => t.Task);
                var ofParent = links.Where(l => byId.ContainsKey(l.ParentTaskId)).ToList();
                var decided = ofParent.Select(l => (l.TaskId, l.ParentTaskId)).ToHashSet();
                var proposed = TaskLinkScoring.Propose(tasks.Select(t => t.Link).ToList(), parentTasks.Select(t => t.Link).ToList(),
                        successions.Select(s => (s.PredecessorId, s.SuccessorId)), [plan.Locality, parent.Locality])
                    .Where(p => !decided.Contains((p.TaskId, p.ParentTaskId)))
                    .Select(p => new Pair(mine[p.TaskId], byId[p.ParentTaskId], p.Score, p.Affinity))
                    .ToList();
                var confirmed = ofParent.Where(l => l.Status == TaskLinkStatus.Confirmed && mine.ContainsKey(l.TaskId))
                    .Select(l => new Pair(mine[l.TaskId], byId[l.ParentTaskId], l.Score, null))
                    .OrderBy(p => tasks.FindIndex(t => t.Task.Id == p.Task.Id)).ToList();
                parents.Add(new ParentPlan(number, parent.Id, parent.Name, parentTasks.Select(t => t.Task).ToList(), confirmed, proposed,
                    ofParent.Count(l => l.Status == TaskLinkStatus.Rejected)));
            }

            return new View(plan.Id, plan.Name, user.Scope.CanManagePlan(plan.UnitId), tasks.Select(t => t.Task).ToList(), parents);
        }

        /// <summary>The coordinator confirms (or, with <paramref name="confirm"/> false, rejects) that the task carries out the parent task.</summary>
        public async Task<(bool Found, LinkError? Error)> DecideAsync(int planId, int taskId, int parentTaskId, bool confirm, CancellationToken cancellationToken)
        {
            var plan = await FindPlanAsync(planId, cancellationToken);
            if (plan is null)
            {
                return (false, null);
            }

            if (!user.Scope.CanManagePlan(plan.UnitId))
            {
                return (true, LinkError.NotAllowed);
            }

            var ownTask = await db.Tasks.AnyAsync(t => t.Id == taskId && t.PlanId == planId && t.WithdrawnAt == null, cancellationToken);
            var parentPlanId = await db.Tasks.Where(t => t.Id == parentTaskId && t.WithdrawnAt == null).Select(t => (int?)t.PlanId).FirstOrDefaultAsync(cancellationToken);
            var implemented = (await ParentsAsync(planId, cancellationToken)).Any(p => p.Plan?.Id == parentPlanId);
            if (!ownTask || parentPlanId is null)
            {
                return (false, null);
            }

            if (!implemented)
            {
                return (true, LinkError.NotImplemented);
            }

            var now = clock.GetUtcNow();
            var userId = user.UserId ?? Guid.Empty;
            var link = await db.TaskLinks.FirstOrDefaultAsync(l => l.TaskId == taskId && l.ParentTaskId == parentTaskId, cancellationToken);
            if (link is null)
            {
                link = new TaskLink(taskId, parentTaskId, await ScoreAsync(planId, parentPlanId.Value, taskId, parentTaskId, cancellationToken), now);
                db.TaskLinks.Add(link);
            }

            var error = confirm ? link.Confirm(userId, now) : link.Reject(userId, now);
            if (error is not null)
            {
                return (true, error);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (true, null);
            }
            catch (DbUpdateException)
            {
                // The same pair was decided by someone else a moment ago.
                return (true, confirm ? LinkError.AlreadyConfirmed : LinkError.AlreadyRejected);
            }
        }

        private async Task<double> ScoreAsync(int planId, int parentPlanId, int taskId, int parentTaskId, CancellationToken cancellationToken)
        {
            var tasks = await TasksAsync(planId, cancellationToken);
            var parents = await TasksAsync(parentPlanId, cancellationToken);
            var corpus = tasks.Concat(parents).Select(t => t.Task.Title).ToList();
            return TaskLinkScoring.TitleScore(tasks.Single(t => t.Task.Id == taskId).Task.Title, parents.Single(t => t.Task.Id == parentTaskId).Task.Title, corpus);
        }

        private async Task<Plan?> FindPlanAsync(int planId, CancellationToken cancellationToken) =>
            await db.VisiblePlans(user.Scope).Where(p => p.Id == planId)
                .Select(p => new Plan(p.Id, p.Number != null ? p.Number.Text : p.Issuer, p.AdministrativeUnitId, p.Locality))
                .FirstOrDefaultAsync(cancellationToken);

        /// <summary>
        /// The documents the plan implements, each with the stored plan of that number when there is one.
        /// The higher plan's tasks are read whatever the user's scope: the plan names it, and it is a public document.
        /// </summary>
        private async Task<List<(string Number, Plan? Plan)>> ParentsAsync(int planId, CancellationToken cancellationToken)
        {
            var numbers = await db.DocumentReferences.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Order).Select(r => r.Number).ToListAsync(cancellationToken);
            var keys = numbers.Select(n => n.Key).ToList();
            var stored = await db.Plans.AsNoTracking().Where(p => p.NumberKey != null && keys.Contains(p.NumberKey) && p.Id != planId)
                .Select(p => new { p.NumberKey, Plan = new Plan(p.Id, p.Title, p.AdministrativeUnitId, p.Locality) })
                .ToListAsync(cancellationToken);
            return numbers.Select(n => (n.Text, stored.FirstOrDefault(s => s.NumberKey == n.Key)?.Plan)).ToList();
        }

        private async Task<List<(TaskItem Task, LinkTask Link)>> TasksAsync(int planId, CancellationToken cancellationToken)
        {
            var rows = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null).OrderBy(t => t.Order)
                .Select(t => new
                {
                    t.Id, t.Ref, t.Title,
                    Leads = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).OrderBy(a => a.Order)
                        .Select(a => new { a.AgencyId, a.PrintedName, Collective = a.Agency!.Kind == AgencyKind.Collective }).ToList(),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => (
                    new TaskItem(r.Id, r.Ref, r.Title, string.Join("; ", r.Leads.Select(l => l.PrintedName))),
                    new LinkTask(r.Id, r.Title, r.Leads.Select(l => new LinkAgency(l.AgencyId, l.PrintedName, l.Collective)).ToList())))
                .ToList();
        }
    }
}
