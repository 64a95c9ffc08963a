using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>What bringing a database up to the 2025 map did.</summary>
public sealed record CatalogueUpgradeResult(int UnitsAdded, int AgenciesEnded, int AssignmentsMoved);

/// <summary>
/// Brings a database stored before it knew of the 2025 reorganisation up to date: the province
/// catalogue with its mergers, the successions the rules give for every agency its plans name, and
/// every assignment handed to the agency holding its duties on the day.
/// </summary>
public static class CatalogueUpgrade
{
    public static async Task<CatalogueUpgradeResult> RunAsync(CascadeDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var units = await ProvinceCatalogue.SeedAsync(db, cancellationToken);
        var named = await db.Assignments.Select(a => a.AgencyId).Distinct().ToListAsync(cancellationToken);
        var ended = await new SuccessionWriter(db).ApplyRulesAsync(named, today, cancellationToken);
        var moved = await new AssignmentRouting(db).RerouteAsync(a => true, today, cancellationToken);
        return new CatalogueUpgradeResult(units, ended.Count, moved);
    }
}
