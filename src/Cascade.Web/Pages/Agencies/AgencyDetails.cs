using Cascade.Web.Infrastructure.Security;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Agencies;

/// <summary>An agency: its names, validity and successions, and the tasks it leads and coordinates across plans.</summary>
public static class AgencyDetails
{
    public sealed record Query(int Id);

    /// <summary>Another agency taking over (successor) or handing over (predecessor) from a date.</summary>
    public sealed record Succession(int AgencyId, string Name, DateOnly EffectiveOn, string LegalBasis, bool IsMain, string? Functions);

    /// <summary>
    /// A task the agency is named on or holds today. <see cref="PrintedAs"/> holds the names the plan
    /// printed where they differ from the agency's name; <see cref="HeldFor"/> the bodies the plan named
    /// whose duties the agency holds ("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh"); <see cref="HeldBy"/> the
    /// agency holding the task today where it is another.
    /// </summary>
    public sealed record TaskItem(int TaskId, int PlanId, DocumentNumber? PlanNumber, string PlanIssuer, string Ref, string Title,
        string? TimeframeText, TimeframeKind TimeframeKind, DateOnly? Due, IReadOnlyList<string> PrintedAs,
        IReadOnlyList<string> HeldFor, HeldAgency? HeldBy);

    /// <summary>An agency; <see cref="Locality"/> is null for a central body.</summary>
    public sealed record Result(int Id, string Name, AgencyKind Kind, string? Locality, IReadOnlyList<string> Aliases,
        DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<Succession> Successors, IReadOnlyList<Succession> Predecessors,
        IReadOnlyList<TaskItem> Leads, IReadOnlyList<TaskItem> Coordinates);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<Result?> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var agency = await db.VisibleAgencies(user.Scope)
                .Where(a => a.Id == query.Id)
                .Select(a => new
                {
                    a.Id,
                    a.Name,
                    a.Kind,
                    Locality = db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault(),
                    Aliases = a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(),
                    a.ValidFrom,
                    a.ValidTo,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (agency is null)
            {
                return null;
            }

            var successors = await db.AgencySuccessions.AsNoTracking()
                .Where(s => s.PredecessorId == agency.Id)
                .OrderByDescending(s => s.IsMain).ThenBy(s => s.Id)
                .Select(s => new Succession(s.SuccessorId, s.Successor!.Name, s.EffectiveOn, s.LegalBasis, s.IsMain, s.Functions))
                .ToListAsync(cancellationToken);
            var predecessors = await db.AgencySuccessions.AsNoTracking()
                .Where(s => s.SuccessorId == agency.Id)
                .OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id)
                .Select(s => new Succession(s.PredecessorId, s.Predecessor!.Name, s.EffectiveOn, s.LegalBasis, s.IsMain, s.Functions))
                .ToListAsync(cancellationToken);

            // The newest plans first (plans without a date last), then the plan's own order.
            var rows = await (
                    from s in db.Assignments.AsNoTracking()
                    where s.AgencyId == agency.Id || s.CurrentAgencyId == agency.Id
                    join t in db.VisibleTasks(user.Scope) on s.TaskId equals t.Id
                    join p in db.Plans on t.PlanId equals p.Id
                    orderby p.Date == null, p.Date descending, p.Id, t.Order, s.Order
                    select new
                    {
                        s.Role,
                        s.PrintedName,
                        Assignment = new HeldAgencies.Row(s.TaskId, s.Role, s.Order, s.AgencyId, s.PrintedName, s.Agency!.AdministrativeUnitId, s.CurrentAgencyId, s.CurrentAgency!.Name, s.CurrentAgency.AdministrativeUnitId),
                        TaskId = t.Id,
                        t.PlanId,
                        p.Number,
                        p.Issuer,
                        t.Ref,
                        t.Title,
                        t.Timeframe.Text,
                        t.Timeframe.Kind,
                        t.Timeframe.Due,
                    })
                .ToListAsync(cancellationToken);

            var held = await HeldAgencies.NamerAsync(db, rows.Select(r => r.Assignment), cancellationToken);
            List<TaskItem> TasksIn(AssignmentRole role) => rows
                .Where(r => r.Role == role)
                .GroupBy(r => r.TaskId)
                .Select(g =>
                {
                    var r = g.First();
                    var named = g.Where(x => x.Assignment.AgencyId == agency.Id).ToList();
                    var printed = named.Select(x => x.PrintedName).Where(n => !string.Equals(n, agency.Name, StringComparison.Ordinal)).Distinct().ToList();
                    var heldFor = g.Where(x => x.Assignment.AgencyId != agency.Id).Select(x => held(x.Assignment).Before ?? x.PrintedName).Distinct().ToList();
                    var heldBy = named.Select(x => held(x.Assignment)).FirstOrDefault(h => h.HolderId != agency.Id);
                    return new TaskItem(r.TaskId, r.PlanId, r.Number, r.Issuer, r.Ref, r.Title, r.Text, r.Kind, r.Due, printed, heldFor, heldBy);
                })
                .ToList();

            return new Result(agency.Id, agency.Name, agency.Kind, agency.Locality, agency.Aliases, agency.ValidFrom, agency.ValidTo,
                successors, predecessors, TasksIn(AssignmentRole.Lead), TasksIn(AssignmentRole.Coordinating));
        }
    }
}
