using System.Globalization;
using System.Text.Json;
using Cascade.Core.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>
/// The province-level units (DemoData/provinces.json): the 34 in force from 1 July 2025 and the 52
/// that merged into them on that day, each closed on 30 June 2025 with its successor. Reference data,
/// not demo data: the successor command reads it even from an empty database.
/// </summary>
public static class ProvinceCatalogue
{
    private const string Resource = "Cascade.Data.DemoData.provinces.json";

    /// <summary>The catalogue in memory, each closed unit linked to its successor (ids are not set).</summary>
    public static IReadOnlyList<AdministrativeUnit> Read()
    {
        using var stream = typeof(ProvinceCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Missing resource {Resource}");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var legalBasis = root.GetProperty("legalBasis").GetString()!;

        var current = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var row in root.GetProperty("current").EnumerateArray())
        {
            var unit = new AdministrativeUnit(Text(row, "code")!, Text(row, "name")!, Kind(row), validFrom: Date(row, "validFrom"));
            current.Add(unit.Code, unit);
        }

        var closed = new List<AdministrativeUnit>();
        foreach (var row in root.GetProperty("closed").EnumerateArray())
        {
            var unit = new AdministrativeUnit(Text(row, "code")!, Text(row, "name")!, Kind(row));
            unit.EndOn(Date(row, "validTo")!.Value, current[Text(row, "successor")!], legalBasis);
            closed.Add(unit);
        }

        return [.. current.Values, .. closed];
    }

    /// <summary>
    /// Adds the catalogue's units the database lacks. A unit stored before the catalogue knew of
    /// the mergers (same code and name, no dates) is the old one: it is closed with its successor,
    /// so the plans that point at it stay where they are.
    /// </summary>
    public static async Task<int> SeedAsync(CascadeDbContext db, CancellationToken cancellationToken = default)
    {
        var stored = await db.AdministrativeUnits.Include(u => u.Successions)
            .Where(u => u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality)
            .ToListAsync(cancellationToken);
        var added = 0;
        var catalogue = Read();
        var byCatalogue = new Dictionary<AdministrativeUnit, AdministrativeUnit>(ReferenceEqualityComparer.Instance);

        // Units in force first: the closed ones name them as successors.
        foreach (var unit in catalogue.Where(u => u.ValidTo is null))
        {
            var same = stored.FirstOrDefault(s => s.Code == unit.Code && s.ValidFrom == unit.ValidFrom && s.ValidTo is null
                && (unit.ValidFrom is not null || s.NameKey == unit.NameKey));
            if (same is null)
            {
                same = new AdministrativeUnit(unit.Code, unit.Name, unit.Kind, validFrom: unit.ValidFrom);
                db.AdministrativeUnits.Add(same);
                stored.Add(same);
                added++;
            }

            byCatalogue[unit] = same;
        }

        foreach (var unit in catalogue.Where(u => u.ValidTo is not null))
        {
            var succession = unit.Successions.Single();
            var successor = byCatalogue[succession.Successor!];
            var same = stored.FirstOrDefault(s => s.Code == unit.Code && s.NameKey == unit.NameKey && s.ValidFrom is null && !ReferenceEquals(s, successor));
            if (same is null)
            {
                same = new AdministrativeUnit(unit.Code, unit.Name, unit.Kind);
                db.AdministrativeUnits.Add(same);
                added++;
            }

            if (same.ValidTo is null)
            {
                same.EndOn(unit.ValidTo!.Value, successor, succession.LegalBasis);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The province-level units of the database with their successions; the catalogue itself when the database has none.</summary>
    public static async Task<IReadOnlyList<AdministrativeUnit>> LoadAsync(CascadeDbContext db, CancellationToken cancellationToken = default)
    {
        // With identity resolution, a successor is the same object as the unit itself, its successions loaded.
        var stored = await db.AdministrativeUnits.AsNoTrackingWithIdentityResolution()
            .Where(u => u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality)
            .Include(u => u.Successions).ThenInclude(s => s.Successor)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return stored.Count > 0 ? stored : Read();
    }

    private static string? Text(JsonElement row, string name) => row.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static AdministrativeUnitKind Kind(JsonElement row) => Enum.Parse<AdministrativeUnitKind>(Text(row, "kind")!);

    private static DateOnly? Date(JsonElement row, string name) =>
        Text(row, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
