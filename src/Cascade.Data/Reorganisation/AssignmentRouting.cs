using System.Linq.Expressions;
using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>
/// Hands each assignment to the agency holding its duties on a day (<see cref="AgencyHolder"/>): run
/// when the successions are seeded, when a plan is stored or revised, and when a change is recorded.
/// Reports already filed keep the agency that filed them.
/// </summary>
public sealed class AssignmentRouting(CascadeDbContext db)
{
    /// <summary>Every stored succession, as the holder rule reads them (the table is small: one row per change).</summary>
    public async Task<IReadOnlyList<SuccessionLink>> LinksAsync(CancellationToken cancellationToken = default) =>
        await db.AgencySuccessions.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new SuccessionLink(s.PredecessorId, s.SuccessorId, s.EffectiveOn, s.IsMain, s.Functions, s.LegalBasis))
            .ToListAsync(cancellationToken);

    /// <summary>Re-routes the assignments chosen; returns how many moved. Changes are saved.</summary>
    public async Task<int> RerouteAsync(Expression<Func<Assignment, bool>> which, DateOnly on, CancellationToken cancellationToken = default)
    {
        var assignments = await db.Assignments.Where(which).ToListAsync(cancellationToken);
        var moved = Reroute(assignments, await LinksAsync(cancellationToken), on);
        if (moved.Count == 0)
        {
            return 0;
        }

        var holders = moved.Select(m => m.HolderId).Distinct().ToList();
        var agencies = await db.Agencies.Where(a => holders.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var (assignment, holder) in moved)
        {
            assignment.MoveTo(agencies[holder]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved.Count;
    }

    /// <summary>Which of the assignments a new holder takes, and who (pure: nothing is changed).</summary>
    public static IReadOnlyList<(Assignment Assignment, int HolderId)> Reroute(IEnumerable<Assignment> assignments, IReadOnlyList<SuccessionLink> links, DateOnly on) =>
        assignments
            .Select(a => (Assignment: a, HolderId: AgencyHolder.Reroute(a.CurrentAgencyId == 0 ? a.AgencyId : a.CurrentAgencyId, on, links)))
            .Where(x => x.HolderId != x.Assignment.CurrentAgencyId)
            .ToList();
}
