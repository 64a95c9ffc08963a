using Cascade.Core.AdministrativeUnits;
using Cascade.Data;
using Cascade.Data.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Provinces;

/// <summary>
/// A province in force and the old provinces merged into it in 2025 (Resolution 202/2025/QH15):
/// the units whose plans the province's page gathers.
/// </summary>
public sealed record ProvinceFamily(AdministrativeUnit Province, IReadOnlyList<AdministrativeUnit> Predecessors, string? LegalBasis)
{
    /// <summary>The province and its predecessors (a province not merged is its own family).</summary>
    public IReadOnlyList<int> UnitIds => [Province.Id, .. Predecessors.Select(p => p.Id)];

    /// <summary>Every province in force with the old provinces it took over, by code.</summary>
    public static async Task<IReadOnlyList<ProvinceFamily>> AllAsync(CascadeDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality)
            .ToListAsync(cancellationToken);
        var successions = await UnitSuccessions.LoadAsync(db, cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        return units.Where(u => u.ValidTo is null)
            .Select(u =>
            {
                var predecessors = successions.PredecessorsOf(u.Id)
                    .Where(byId.ContainsKey).Select(id => byId[id])
                    .OrderByDescending(p => p.Code == u.Code).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
                return new ProvinceFamily(u, predecessors, successions.LegalBasisOf(u.Id));
            })
            .OrderBy(f => f.Province.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The family of the province in force with this code, if there is one.</summary>
    public static async Task<ProvinceFamily?> OfAsync(CascadeDbContext db, string code, CancellationToken cancellationToken) =>
        (await AllAsync(db, cancellationToken)).FirstOrDefault(f => f.Province.Code == code);
}
