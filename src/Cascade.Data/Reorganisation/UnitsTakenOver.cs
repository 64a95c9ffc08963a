using Cascade.Core.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>A unit with the units it took over (Vĩnh Long with Trà Vinh, Bến Tre and the old Vĩnh Long).</summary>
public static class UnitsTakenOver
{
    /// <summary>The unit's id and those of the units merged into it, directly or through other mergers.</summary>
    public static async Task<IReadOnlyList<int>> WithPredecessorsAsync(this CascadeDbContext db, int unitId, CancellationToken cancellationToken = default)
    {
        var successions = await db.AdministrativeUnitSuccessions.AsNoTracking()
            .Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(cancellationToken);
        return [unitId, .. UnitTimeline.PredecessorIds(unitId, successions.Select(s => (s.PredecessorId, s.SuccessorId)))];
    }
}
