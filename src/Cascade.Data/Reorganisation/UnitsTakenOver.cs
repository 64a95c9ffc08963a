using Cascade.Core.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>
/// The mergers of administrative units as recorded, read once: which units each one took over
/// (Vĩnh Long took over Trà Vinh, Bến Tre and the old Vĩnh Long) and under which resolution.
/// </summary>
public sealed class UnitSuccessions
{
    private readonly List<(int PredecessorId, int SuccessorId, string LegalBasis)> _successions;

    private UnitSuccessions(List<(int PredecessorId, int SuccessorId, string LegalBasis)> successions) => _successions = successions;

    public static async Task<UnitSuccessions> LoadAsync(CascadeDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.AdministrativeUnitSuccessions.AsNoTracking()
            .Select(s => new { s.PredecessorId, s.SuccessorId, s.LegalBasis })
            .ToListAsync(cancellationToken);
        return new(rows.Select(s => (s.PredecessorId, s.SuccessorId, s.LegalBasis)).ToList());
    }

    /// <summary>The units merged into this one, directly or through other mergers.</summary>
    public IReadOnlySet<int> PredecessorsOf(int unitId) =>
        UnitTimeline.PredecessorIds(unitId, _successions.Select(s => (s.PredecessorId, s.SuccessorId)));

    /// <summary>The resolution under which the unit took others over; null when it took none over.</summary>
    public string? LegalBasisOf(int unitId) =>
        _successions.Where(s => s.SuccessorId == unitId).Select(s => s.LegalBasis).FirstOrDefault();
}

/// <summary>A unit with the units it took over (Vĩnh Long with Trà Vinh, Bến Tre and the old Vĩnh Long).</summary>
public static class UnitsTakenOver
{
    /// <summary>The unit's id and those of the units merged into it, directly or through other mergers.</summary>
    public static async Task<IReadOnlyList<int>> WithPredecessorsAsync(this CascadeDbContext db, int unitId, CancellationToken cancellationToken = default) =>
        [unitId, .. (await UnitSuccessions.LoadAsync(db, cancellationToken)).PredecessorsOf(unitId)];
}
