using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Registers;

/// <summary>
/// The agencies a plan's names are matched against: those of the plan's locality and the central
/// bodies, by name and alias keys. Unknown names are proposed as new agencies of the locality.
/// </summary>
internal sealed class AgencyCatalogue
{
    private readonly CascadeDbContext _db;
    private readonly int? _unitId;
    private readonly string? _locality;
    private readonly Dictionary<string, Agency> _byKey;
    private readonly List<Agency> _proposed = [];

    private AgencyCatalogue(CascadeDbContext db, int? unitId, string? locality, Dictionary<string, Agency> byKey)
    {
        _db = db;
        _unitId = unitId;
        _locality = locality;
        _byKey = byKey;
    }

    public IReadOnlyList<Agency> Proposed => _proposed;

    public static async Task<AgencyCatalogue> LoadAsync(CascadeDbContext db, int? unitId, string? locality, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.Include(a => a.Aliases)
            .Where(a => a.AdministrativeUnitId == unitId || a.AdministrativeUnitId == null)
            .ToListAsync(cancellationToken);

        // Local agencies win over central ones of the same name ("Sở Y tế" is the province's).
        var byKey = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var agency in agencies.OrderBy(a => a.AdministrativeUnitId == unitId ? 1 : 0))
        {
            byKey[agency.NameKey] = agency;
            foreach (var alias in agency.Aliases)
            {
                byKey[alias.NameKey] = agency;
            }
        }

        return new AgencyCatalogue(db, unitId, locality, byKey);
    }

    /// <summary>Whether a printed name matches an agency of the catalogue (by name or alias).</summary>
    public bool Knows(string printedName) =>
        _byKey.ContainsKey(AgencyNames.KeyWithoutLocality(printedName, _locality)) || _byKey.ContainsKey(AgencyNames.Key(printedName));

    public Agency FindOrPropose(string printedName)
    {
        var key = AgencyNames.KeyWithoutLocality(printedName, _locality);
        if (_byKey.TryGetValue(key, out var known) || _byKey.TryGetValue(AgencyNames.Key(printedName), out known))
        {
            return known;
        }

        var name = AgencyNames.Expand(printedName);
        var agency = new Agency(name, AgencyNames.GuessKind(name), _unitId);
        _db.Agencies.Add(agency);
        _byKey[key] = agency;
        _proposed.Add(agency);
        return agency;
    }
}
