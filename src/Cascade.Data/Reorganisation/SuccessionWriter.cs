using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>
/// Writes into the database what the successor rules know: the standard departments of a province in
/// force, and for the agencies a plan names, their successions up to a day (the agencies of today
/// they lead to are found in the catalogue, or added).
/// </summary>
public sealed class SuccessionWriter(CascadeDbContext db)
{
    private const string EthnicAffairsDepartment = "Sở Dân tộc và Tôn giáo";

    private IReadOnlyList<AdministrativeUnit>? _units;
    private readonly Dictionary<(int? Unit, string Key), Agency> _byKey = [];
    private readonly HashSet<int?> _loadedUnits = [];

    /// <summary>Adds the standard departments a province in force lacks (design notes §8); returns how many were added.</summary>
    public async Task<int> EnsureStandardDepartmentsAsync(IEnumerable<int> unitIds, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var unit in (await UnitsAsync(cancellationToken)).Where(u => unitIds.Contains(u.Id) && u.ValidTo is null))
        {
            foreach (var name in StandardDepartments.Of(unit.Kind))
            {
                if (await FindAsync(unit.Id, name, cancellationToken) is null)
                {
                    Add(new Agency(name, AgencyKind.Department, unit.Id, validFrom: unit.ValidFrom ?? FormedOn(name)));
                    added++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Writes the successions the rules give for these agencies, and for the agencies they lead to,
    /// as far as <paramref name="on"/>. An agency that already has successions keeps them (its successors
    /// are looked at in turn); one that ended without a successor is left to the coordinator.
    /// Returns the agencies that were ended.
    /// </summary>
    public async Task<IReadOnlyList<Agency>> ApplyRulesAsync(IEnumerable<int> agencyIds, DateOnly on, CancellationToken cancellationToken = default)
    {
        var ids = agencyIds.Distinct().ToList();
        var queue = new Queue<Agency>(await db.Agencies.Include(a => a.Successions).Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken));
        var units = (await UnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        var ended = new List<Agency>();
        var seen = new HashSet<Agency>(ReferenceEqualityComparer.Instance);
        while (queue.TryDequeue(out var agency))
        {
            if (!seen.Add(agency))
            {
                continue;
            }

            // An agency already succeeded: its successors may have changed since (a department renamed in
            // March 2025 whose province merged in July).
            if (agency.Successions.Count > 0)
            {
                var next = agency.Successions.Select(x => x.SuccessorId).Where(id => id != 0).ToList();
                foreach (var successor in await db.Agencies.Include(a => a.Successions).Where(a => next.Contains(a.Id)).ToListAsync(cancellationToken))
                {
                    queue.Enqueue(successor);
                }

                continue;
            }

            if (agency.ValidTo is not null)
            {
                continue;
            }

            var unit = agency.AdministrativeUnitId is { } unitId ? units.GetValueOrDefault(unitId) : null;
            if (agency.AdministrativeUnitId is not null && unit is null)
            {
                continue; // a commune's agency: the rules are about provinces and central bodies
            }

            var step = SuccessorRules.NextStep(agency.Name, agency.Kind, unit, unit is null ? null : await HasEthnicAffairsDepartmentAsync(unit, cancellationToken));
            if (step is null || step.EffectiveOn > on)
            {
                continue;
            }

            foreach (var share in step.Successors)
            {
                var successor = await FindAsync(step.Unit?.Id, share.Name, cancellationToken)
                    ?? Add(new Agency(share.Name, share.Kind, step.Unit?.Id, validFrom: share.IsNewBody || step.Reason == SuccessionReason.ProvincesMerged ? step.EffectiveOn : null));
                agency.SucceededBy(successor, step.LastDay, step.LegalBasis, share.IsMain, share.Functions);
                queue.Enqueue(successor);
            }

            ended.Add(agency);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ended;
    }

    private async Task<IReadOnlyList<AdministrativeUnit>> UnitsAsync(CancellationToken cancellationToken) =>
        _units ??= await ProvinceCatalogueOf(cancellationToken);

    private async Task<IReadOnlyList<AdministrativeUnit>> ProvinceCatalogueOf(CancellationToken cancellationToken)
    {
        var units = await db.AdministrativeUnits.AsNoTrackingWithIdentityResolution()
            .Where(u => u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality)
            .Include(u => u.Successions).ThenInclude(s => s.Successor)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return units;
    }

    /// <summary>The agency of the unit (null: central) known by this name or alias, tracked.</summary>
    private async Task<Agency?> FindAsync(int? unitId, string name, CancellationToken cancellationToken)
    {
        if (_loadedUnits.Add(unitId))
        {
            var agencies = await db.Agencies.Include(a => a.Aliases).Include(a => a.Successions)
                .Where(a => a.AdministrativeUnitId == unitId).AsSplitQuery().ToListAsync(cancellationToken);
            foreach (var agency in agencies)
            {
                _byKey.TryAdd((unitId, agency.NameKey), agency);
                foreach (var alias in agency.Aliases)
                {
                    _byKey.TryAdd((unitId, alias.NameKey), agency);
                }
            }
        }

        return _byKey.GetValueOrDefault((unitId, AgencyNames.Key(name)));
    }

    private Agency Add(Agency agency)
    {
        db.Agencies.Add(agency);
        _byKey[(agency.AdministrativeUnitId, agency.NameKey)] = agency;
        return agency;
    }

    private async Task<bool?> HasEthnicAffairsDepartmentAsync(AdministrativeUnit unit, CancellationToken cancellationToken) =>
        await FindAsync(unit.Id, EthnicAffairsDepartment, cancellationToken) is not null ? true : null;

    /// <summary>The departments Decree 45/2025/NĐ-CP formed anew began on 1 March 2025; the others carried on.</summary>
    private static DateOnly? FormedOn(string department) =>
        AgencyNames.Key(department) == AgencyNames.Key("Sở Nông nghiệp và Môi trường") ? Reorganisation2025.DepartmentsMerged : null;
}
