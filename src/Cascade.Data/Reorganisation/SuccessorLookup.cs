using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>A successor in a step of the answer, named with its locality.</summary>
public sealed record SuccessorAnswer(string Name, bool IsMain, string? Functions);

/// <summary>One change on the way from the agency asked about to its holder.</summary>
public sealed record SuccessionAnswerStep(string From, DateOnly EffectiveOn, string LegalBasis, IReadOnlyList<SuccessorAnswer> Successors)
{
    public SuccessorAnswer Main => Successors.First(s => s.IsMain);
}

/// <summary>Who holds an agency's duties on a day, and through which changes; <see cref="FromDatabase"/> when the stored successions answered.</summary>
public sealed record SuccessorAnswerResult(string Agency, DateOnly On, IReadOnlyList<SuccessionAnswerStep> Steps, bool FromDatabase)
{
    public string Holder => Steps.Count == 0 ? Agency : Steps[^1].Main.Name;
}

/// <summary>
/// Answers "who holds the duties of this agency on this day": from the successions stored for it when
/// the database knows the agency, then from the successor rules, which know the standard names even of
/// agencies no plan has named yet.
/// </summary>
public sealed class SuccessorLookup(CascadeDbContext db)
{
    /// <summary>The answer, or null when <paramref name="province"/> names no province.</summary>
    public async Task<SuccessorAnswerResult?> FindAsync(string name, string? province, DateOnly on, CancellationToken cancellationToken = default)
    {
        var units = await ProvinceCatalogue.LoadAsync(db, cancellationToken);
        AdministrativeUnit? unit;
        if (!string.IsNullOrWhiteSpace(province))
        {
            unit = Named(units, VietnameseText.Fold(province));
            if (unit is null)
            {
                return null;
            }
        }
        else
        {
            unit = NamedIn(units, name);
        }

        // The catalogue read from the file (an empty database) has units without ids: no agency to look up.
        var key = AgencyNames.KeyWithoutLocality(name, unit?.Name);
        int? unitId = unit?.Id;
        var stored = unit is { Id: 0 } ? null : await db.Agencies.AsNoTracking()
            .Where(a => a.AdministrativeUnitId == unitId && (a.NameKey == key || a.Aliases.Any(x => x.NameKey == key)))
            .Select(a => new { a.Id, a.Name, a.Kind })
            .FirstOrDefaultAsync(cancellationToken);

        // Two units may share a name (the old An Giang and the new): the old one is told by its end.
        string Describe(string agency, AdministrativeUnit? place) =>
            place is { ValidTo: { } end } && units.Any(u => u.NameKey == place.NameKey && u.ValidTo is null)
                ? $"{LocalNames.WithLocality(agency, place)} (đến {end.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)})"
                : LocalNames.WithLocality(agency, place);

        var asked = Describe(stored?.Name ?? Bare(name, unit), unit);
        var steps = new List<SuccessionAnswerStep>();
        var (lastName, lastKind, lastUnit) = (stored?.Name ?? Bare(name, unit), stored?.Kind ?? AgencyNames.GuessKind(name), unit);
        if (stored is not null)
        {
            var links = await new AssignmentRouting(db).LinksAsync(cancellationToken);
            var chain = AgencyHolder.ChainOn(stored.Id, on, links);
            if (chain.Count > 0)
            {
                var ids = chain.SelectMany(l => links.Where(x => x.PredecessorId == l.PredecessorId && x.EffectiveOn == l.EffectiveOn).Select(x => x.SuccessorId))
                    .Append(stored.Id).Distinct().ToList();
                var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Name, a.Kind, a.AdministrativeUnitId }).ToDictionaryAsync(a => a.Id, cancellationToken);
                var byId = units.Where(u => u.Id != 0).ToDictionary(u => u.Id);
                string NameOf(int id) => Describe(agencies[id].Name, agencies[id].AdministrativeUnitId is { } u ? byId.GetValueOrDefault(u) : null);
                foreach (var link in chain)
                {
                    var shares = links.Where(x => x.PredecessorId == link.PredecessorId && x.EffectiveOn == link.EffectiveOn)
                        .OrderByDescending(x => x.SuccessorId == link.SuccessorId)
                        .Select(x => new SuccessorAnswer(NameOf(x.SuccessorId), x.SuccessorId == link.SuccessorId, x.Functions))
                        .ToList();
                    steps.Add(new SuccessionAnswerStep(NameOf(link.PredecessorId), link.EffectiveOn, link.LegalBasis, shares));
                }

                var holder = agencies[chain[^1].SuccessorId];
                (lastName, lastKind, lastUnit) = (holder.Name, holder.Kind, holder.AdministrativeUnitId is { } h ? byId.GetValueOrDefault(h) : null);
            }
        }

        // Where the database stops (or never knew the agency), the rules go on.
        foreach (var step in SuccessorRules.ChainOn(lastName, lastKind, lastUnit, on))
        {
            steps.Add(new SuccessionAnswerStep(Describe(step.FromName, step.FromUnit), step.EffectiveOn, step.LegalBasis,
                step.Successors.Select(s => new SuccessorAnswer(Describe(s.Name, step.Unit), s.IsMain, s.Functions)).ToList()));
        }

        return new SuccessorAnswerResult(asked, on, steps, stored is not null && steps.Count > 0);
    }

    /// <summary>Of the units of that name, the one a 2023–2024 document means: the one before the mergers, else the one in force.</summary>
    private static AdministrativeUnit? Named(IReadOnlyList<AdministrativeUnit> units, string key) =>
        UnitTimeline.ExistingOn(units.Where(u => u.NameKey == key || VietnameseText.Fold(u.FullName) == key), Reorganisation2025.DepartmentsMerged.AddDays(-1));

    /// <summary>The province a name ends with ("Ủy ban nhân dân tỉnh Kiên Giang"), if any.</summary>
    private static AdministrativeUnit? NamedIn(IReadOnlyList<AdministrativeUnit> units, string name)
    {
        var key = AgencyNames.Key(name);
        var place = units.Select(u => u.NameKey).Distinct()
            .Where(n => key.EndsWith($" tỉnh {n}", StringComparison.Ordinal) || key.EndsWith($" thành phố {n}", StringComparison.Ordinal)
                || key.EndsWith($" tỉnh ủy {n}", StringComparison.Ordinal) || key.EndsWith($" thành ủy {n}", StringComparison.Ordinal))
            .OrderByDescending(n => n.Length)
            .FirstOrDefault();
        return place is null ? null : Named(units, place);
    }

    /// <summary>The name without the province it ends with, as agencies are stored.</summary>
    private static string Bare(string name, AdministrativeUnit? unit)
    {
        var clean = VietnameseText.Clean(AgencyNames.Expand(name));
        if (unit is null)
        {
            return clean;
        }

        foreach (var suffix in new[] { $" {unit.FullName}", $" tỉnh {unit.Name}", $" thành phố {unit.Name}", $" {unit.Name}" })
        {
            if (clean.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && clean.Length > suffix.Length)
            {
                var bare = clean[..^suffix.Length];
                return suffix == $" {unit.Name}" && !bare.EndsWith("ủy", StringComparison.OrdinalIgnoreCase) ? clean : bare;
            }
        }

        return clean;
    }
}
