using Cascade.Core.BiotechBase;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Coverage;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>
/// A province's biotechnology base as its page shows it: the counts by kind and sector, the entries,
/// and the targets of the province's plans that the counts can measure.
/// </summary>
public static class BiotechBaseView
{
    public const int MaxShown = 500;

    public sealed record Query(int? ProvinceId, BiotechEntryKind? Kind = null, Sector? Sector = null);

    public sealed record Entry(int Id, BiotechEntryKind Kind, Sector Sector, string Name, string? Code, string? Organisation, int? Year, string? Description, BiotechEntryStatus Status);

    public sealed record KindCount(BiotechEntryKind Kind, int Total, IReadOnlyDictionary<Sector, int> BySector);

    /// <summary>A target the base measures: what it counts, the count now, and the value already recorded for the year.</summary>
    public sealed record CountTarget(int TargetId, int PlanId, string PlanName, int Horizon, string Text, decimal Value, decimal? Max, string Unit,
        BiotechEntryKind Counts, int CountNow, decimal? Recorded, string? RecordedSource);

    public sealed record Result(ProvinceRow Province, IReadOnlyList<ProvinceRow> Provinces, bool MayKeep, int Year,
        IReadOnlyList<KindCount> Counts, int EntryCount, IReadOnlyList<Entry> Entries, IReadOnlyList<CountTarget> Targets);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        /// <summary>The base of the province asked for (or the user's first); null when the user reads no province's base.</summary>
        public async Task<Result?> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var map = await ProvinceMap.LoadAsync(db, today, cancellationToken);
            var readable = BiotechAccess.Readable(user.Scope, map);
            var province = query.ProvinceId is { } asked ? readable.FirstOrDefault(p => p.Id == asked) : readable.FirstOrDefault();
            if (province is null)
            {
                return null;
            }

            var year = today.Year;
            var all = await db.BiotechEntries.AsNoTracking().Where(e => e.AdministrativeUnitId == province.Id)
                .Select(e => new Entry(e.Id, e.Kind, e.Sector, e.Name, e.Code, e.Organisation, e.Year, e.Description, e.Status))
                .ToListAsync(cancellationToken);
            var counted = all.Where(e => BiotechEntry.CountsIn(e.Status, e.Year, year)).ToList();
            var counts = Enum.GetValues<BiotechEntryKind>()
                .Select(k => new KindCount(k, counted.Count(e => e.Kind == k),
                    Sectors.All.ToDictionary(s => s, s => counted.Count(e => e.Kind == k && e.Sector == s))))
                .ToList();
            var shown = all.Where(e => (query.Kind is null || e.Kind == query.Kind) && (query.Sector is null || e.Sector == query.Sector))
                .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
                .ToList();

            return new Result(province, readable, BiotechAccess.MayKeep(user.Scope, map, province.Id), year, counts, shown.Count,
                shown.Take(MaxShown).ToList(), await TargetsAsync(map, province.Id, year, counted, cancellationToken));
        }

        private async Task<IReadOnlyList<CountTarget>> TargetsAsync(ProvinceMap map, int provinceId, int year, IReadOnlyList<Entry> counted, CancellationToken cancellationToken)
        {
            var plans = (await db.VisiblePlans(user.Scope).Select(p => new { p.Id, Name = p.Number != null ? p.Number.Text : p.Issuer, p.AdministrativeUnitId })
                    .ToListAsync(cancellationToken))
                .Where(p => map.ProvinceOf(p.AdministrativeUnitId) == provinceId)
                .ToDictionary(p => p.Id, p => p.Name);
            var planIds = plans.Keys.ToList();
            var targets = await db.Targets.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.WithdrawnAt == null)
                .OrderBy(t => t.PlanId).ThenBy(t => t.Order)
                .Select(t => new
                {
                    t.Id,
                    t.PlanId,
                    t.Year,
                    t.Text,
                    t.Value,
                    t.Max,
                    t.Unit,
                    Recorded = t.Values.Where(v => !v.IsBaseline && v.Year == year).Select(v => new { v.Value, v.Source }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return targets
                .Select(t => (Target: t, Kind: BiotechCounts.CountedKind(t.Text, t.Unit)))
                .Where(t => t.Kind is not null)
                .Select(t => new CountTarget(t.Target.Id, t.Target.PlanId, plans[t.Target.PlanId], t.Target.Year, t.Target.Text, t.Target.Value, t.Target.Max,
                    t.Target.Unit, t.Kind!.Value, counted.Count(e => e.Kind == t.Kind), t.Target.Recorded?.Value, t.Target.Recorded?.Source))
                .ToList();
        }
    }
}
