using Cascade.Core.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>What loading a commune list did: communes added, already known as they are, and the lines refused.</summary>
public sealed record CommuneLoadResult(int Added, int Unchanged, IReadOnlyList<CommuneRowError> Errors);

/// <summary>
/// Loads the communes, wards and special zones in force from 1 July 2025 under their provinces, from a
/// list in the official format (<see cref="CommuneList"/>). Loading the same list twice changes nothing;
/// a code already stored under another name is refused, never overwritten.
/// </summary>
public static class CommuneCatalogue
{
    /// <summary>The two-tier local government began on 1 July 2025, with these communes.</summary>
    public static readonly DateOnly CommunesFrom = new(2025, 7, 1);

    public static async Task<CommuneLoadResult> LoadAsync(CascadeDbContext db, string text, CancellationToken cancellationToken = default)
    {
        await ProvinceCatalogue.SeedAsync(db, cancellationToken);
        var provinces = await db.AdministrativeUnits
            .Where(u => (u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality) && u.ValidTo == null)
            .ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var parsed = CommuneList.Parse(text, provinces.Keys.ToHashSet());
        var codes = parsed.Rows.Select(r => r.Code).ToList();
        var stored = await db.AdministrativeUnits
            .Where(u => codes.Contains(u.Code) && u.ValidTo == null
                && (u.Kind == AdministrativeUnitKind.Commune || u.Kind == AdministrativeUnitKind.Ward || u.Kind == AdministrativeUnitKind.SpecialZone))
            .ToListAsync(cancellationToken);

        var added = 0;
        var errors = parsed.Errors.ToList();
        foreach (var row in parsed.Rows)
        {
            var parent = provinces[row.ProvinceCode];
            var same = stored.FirstOrDefault(u => u.Code == row.Code);
            if (same is not null && same.Name == row.Name && same.Kind == row.Kind && same.ParentId == parent)
            {
                continue;
            }

            if (same is not null)
            {
                // Units are never edited in place: a renamed or moved commune is a change to record, not a reload.
                errors.Add(new CommuneRowError(row.Line, $"Dòng {row.Line}: mã {row.Code} đã có trong danh mục là {same.FullName}; không ghi đè."));
                continue;
            }

            db.AdministrativeUnits.Add(new AdministrativeUnit(row.Code, row.Name, row.Kind, parent, validFrom: CommunesFrom));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CommuneLoadResult(added, parsed.Rows.Count - added - (errors.Count - parsed.Errors.Count), errors.OrderBy(e => e.Line).ToList());
    }
}
