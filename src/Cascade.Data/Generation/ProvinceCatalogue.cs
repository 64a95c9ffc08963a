using System.Text.Json;
using Cascade.Core.AdministrativeUnits;

namespace Cascade.Data.Generation;

/// <summary>A province-level unit in force today, as the catalogue lists it.</summary>
public sealed record CatalogueProvince(string Code, string Name, AdministrativeUnitKind Kind, DateOnly? ValidFrom);

/// <summary>Reads the units in force ("current") from the committed province catalogue (DemoData/provinces.json).</summary>
public static class ProvinceCatalogue
{
    public static IReadOnlyList<CatalogueProvince> Current()
    {
        var assembly = typeof(ProvinceCatalogue).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".DemoData.provinces.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("current").EnumerateArray()
            .Select(p => new CatalogueProvince(
                p.GetProperty("code").GetString()!,
                p.GetProperty("name").GetString()!,
                Enum.Parse<AdministrativeUnitKind>(p.GetProperty("kind").GetString()!),
                p.TryGetProperty("validFrom", out var from) ? DateOnly.ParseExact(from.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null))
            .ToList();
    }
}
