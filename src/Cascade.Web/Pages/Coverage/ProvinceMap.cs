using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Text;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Coverage;

/// <summary>A province in force today.</summary>
public sealed record ProvinceRow(int Id, string Code, string Name, AdministrativeUnitKind Kind)
{
    public string FullName => Kind == AdministrativeUnitKind.Municipality ? $"thành phố {Name}" : $"tỉnh {Name}";
}

/// <summary>
/// The provinces in force today and, for any unit a plan or an account names, the province it belongs
/// to today: up to its province-level unit, then along the successions (<see cref="UnitTimeline.HolderResolver"/>).
/// </summary>
public sealed class ProvinceMap
{
    private readonly Dictionary<int, (int? ParentId, bool IsProvinceLevel)> _units;
    private readonly Func<int, int> _successor;

    private ProvinceMap(IReadOnlyList<ProvinceRow> current, Dictionary<int, (int? ParentId, bool IsProvinceLevel)> units, Func<int, int> successor)
    {
        Current = current;
        _units = units;
        _successor = successor;
    }

    /// <summary>The provinces and centrally-run cities in force today, by name.</summary>
    public IReadOnlyList<ProvinceRow> Current { get; }

    public ProvinceRow? ByCode(string code) => Current.FirstOrDefault(p => p.Code == code);

    /// <summary>The province today of a unit (a province, a district, a commune); null when the unit is unknown.</summary>
    public int? ProvinceOf(int? unitId)
    {
        if (unitId is not { } id || !_units.ContainsKey(id))
        {
            return null;
        }

        var seen = new HashSet<int>();
        while (_units.TryGetValue(id, out var unit) && !unit.IsProvinceLevel && unit.ParentId is { } parent && seen.Add(id))
        {
            id = parent;
        }

        return _successor(id);
    }

    public static async Task<ProvinceMap> LoadAsync(CascadeDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.AdministrativeUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.ValidFrom, u.ValidTo })
            .ToListAsync(cancellationToken);
        var steps = await db.AdministrativeUnitSuccessions.AsNoTracking()
            .Select(s => new UnitSuccessionStep(s.PredecessorId, s.SuccessorId, s.EffectiveOn))
            .ToListAsync(cancellationToken);
        var current = units
            .Where(u => u.Kind is AdministrativeUnitKind.Province or AdministrativeUnitKind.Municipality
                && (u.ValidFrom is null || u.ValidFrom <= today) && (u.ValidTo is null || today <= u.ValidTo))
            .Select(u => new ProvinceRow(u.Id, u.Code, u.Name, u.Kind))
            .OrderBy(p => p.Name, StringComparer.Create(VietnameseText.Vi, false))
            .ToList();
        return new ProvinceMap(
            current,
            units.ToDictionary(u => u.Id, u => (u.ParentId, u.Kind is AdministrativeUnitKind.Province or AdministrativeUnitKind.Municipality)),
            UnitTimeline.HolderResolver(steps, today));
    }
}
