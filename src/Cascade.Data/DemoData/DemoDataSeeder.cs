using System.Reflection;
using System.Text.Json;
using Cascade.Core.AdministrativeUnits;
using Cascade.Data.Notifications;
using Cascade.Data.Registers;
using Cascade.Data.Reorganisation;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.DemoData;

/// <summary>
/// Loads the demo data into an empty database: the province catalogue (the 63 provinces and the 34
/// they became), the seed plans' registers (facts of public documents, in the plan-register format)
/// with their agencies, each plan under the province that issued it.
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

        await ProvinceCatalogue.SeedAsync(db, cancellationToken);
        var store = new RegisterStore(db, clock);
        await SeedTodaysDepartmentsAsync(store, cancellationToken);
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

    /// <summary>
    /// The standard departments of the provinces that hold the demo plans' provinces today (Vĩnh Long
    /// for Trà Vinh, the new An Giang, the new Hải Phòng, Lạng Sơn): the agencies a user works in now.
    /// </summary>
    private async Task SeedTodaysDepartmentsAsync(RegisterStore store, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var units = await ProvinceCatalogue.LoadAsync(db, cancellationToken);
        var holders = new HashSet<int>();
        foreach (var document in ReadRegisters().Select(r => r.Document))
        {
            var date = document.Date is { } text ? PlanRegisterValidator.ParseDate(text) : null;
            if (await store.FindUnitIdAsync(document.Locality, date, cancellationToken) is { } unitId)
            {
                holders.Add(UnitTimeline.HolderOn(units.Single(u => u.Id == unitId), today).Id);
            }
        }

        await new SuccessionWriter(db).EnsureStandardDepartmentsAsync(holders, cancellationToken);
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

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
