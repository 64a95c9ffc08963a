using System.Reflection;
using System.Text.Json;
using Cascade.Core.AdministrativeUnits;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.DemoData;

/// <summary>
/// Loads the demo data into an empty database: the seed plans' registers (facts of public
/// documents, in the plan-register format) with their localities and agencies.
/// </summary>
public sealed class DemoDataSeeder(CascadeDbContext db, TimeProvider clock)
{
    private const string ResourcePrefix = "Cascade.Data.DemoData.";

    /// <summary>Seeds when the database holds no plan; returns the number of plans loaded.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return 0;
        }

        await SeedUnitsAsync(cancellationToken);
        var store = new RegisterStore(db, clock);
        var loaded = 0;
        foreach (var register in ReadRegisters())
        {
            var result = await store.SaveAsync(register, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo plan {register.Document.Number} does not load: {result.Error}");
            }

            loaded++;
        }

        await DemoReporting.SeedAsync(db, cancellationToken);
        await DemoIndicators.SeedAsync(db, cancellationToken);
        return loaded;
    }

    /// <summary>The demo registers, in a stable order.</summary>
    public static IReadOnlyList<PlanRegister> ReadRegisters()
    {
        var assembly = typeof(DemoDataSeeder).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "plans.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                var read = PlanRegisterJson.Read(ReadResource(assembly, n));
                return read.Register ?? throw new InvalidOperationException($"{n}: {read.Error}");
            })
            .ToList();
    }

    private async Task SeedUnitsAsync(CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(ReadResource(typeof(DemoDataSeeder).Assembly, ResourcePrefix + "units.json"));
        foreach (var unit in json.RootElement.GetProperty("units").EnumerateArray())
        {
            var code = unit.GetProperty("code").GetString()!;
            if (await db.AdministrativeUnits.AnyAsync(u => u.Code == code, cancellationToken))
            {
                continue;
            }

            db.AdministrativeUnits.Add(new AdministrativeUnit(code, unit.GetProperty("name").GetString()!,
                Enum.Parse<AdministrativeUnitKind>(unit.GetProperty("kind").GetString()!)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
