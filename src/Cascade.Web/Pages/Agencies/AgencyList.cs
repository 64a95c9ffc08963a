using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Agencies;

/// <summary>
/// The agencies: search by name (accents optional), filter by kind and locality, page; with how many
/// tasks each leads and coordinates (named on them, or holding them for a body it succeeded).
/// </summary>
public static class AgencyList
{
    public const int PageSize = 50;

    /// <summary>The locality filter's value for central bodies (agencies of no administrative unit).</summary>
    public const string Central = "Trung ương";

    /// <summary>Agencies in force today (no end date) or ended by a reorganisation; both when null.</summary>
    public enum Status
    {
        Current,
        Ended,
    }

    public sealed record Query(string? Q = null, AgencyKind? Kind = null, string? Locality = null, int Page = 1, Status? State = null);

    /// <summary>An agency; <see cref="Locality"/> is null for a central body.</summary>
    public sealed record Item(int Id, string Name, AgencyKind Kind, string? Locality, int LeadCount, int CoordinatingCount, DateOnly? ValidTo);

    public sealed record Result(IReadOnlyList<Item> Items, int Total, int Page, int PageCount, IReadOnlyList<string> Localities, bool HasCentral);

    private static string WithoutPunctuation(string folded) =>
        string.Join(' ', folded.Replace(",", "", StringComparison.Ordinal).Replace(" - ", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, SavedDataCache<Result> cache)
    {
        /// <summary>A page of the list as the reader's scope sees it, kept until a save.</summary>
        public Task<Result> HandleAsync(Query query, CancellationToken cancellationToken) =>
            cache.GetOrBuildAsync(SavedDataCache<Result>.KeyOf(query, clock.Today(), user.Scope), () => BuildAsync(query, CancellationToken.None));

        private async Task<Result> BuildAsync(Query query, CancellationToken cancellationToken)
        {
            var agencies = db.VisibleAgencies(user.Scope);
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                // Names are full of commas and dashes ("Các sở, ban, ngành"); people type them without.
                var key = WithoutPunctuation(VietnameseText.FoldAccents(query.Q));
                agencies = agencies.Where(a => a.SearchKey.Replace(",", "").Replace(" - ", " ").Contains(key));
            }

            if (query.Kind is { } kind)
            {
                agencies = agencies.Where(a => a.Kind == kind);
            }

            if (query.State == Status.Current)
            {
                agencies = agencies.Where(a => a.ValidTo == null);
            }
            else if (query.State == Status.Ended)
            {
                agencies = agencies.Where(a => a.ValidTo != null);
            }

            if (query.Locality == Central)
            {
                agencies = agencies.Where(a => a.AdministrativeUnitId == null);
            }
            else if (!string.IsNullOrWhiteSpace(query.Locality))
            {
                // A province keeps the agencies of its communes too.
                agencies = agencies.Where(a => db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId
                    && (u.Name == query.Locality || db.AdministrativeUnits.Any(p => p.Id == u.ParentId && p.Name == query.Locality))));
            }

            var total = await agencies.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pageCount);
            var rows = await agencies
                .OrderBy(a => a.SearchKey).ThenBy(a => a.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(a => new { a.Id, a.Name, a.Kind, a.AdministrativeUnitId, a.ValidTo })
                .ToListAsync(cancellationToken);

            // Looked up for the page's agencies only: inside the paged query the database worked them
            // out for every agency before sorting (10,000 at national scale).
            var ids = rows.Select(r => r.Id).ToList();
            var unitIds = rows.Where(r => r.AdministrativeUnitId != null).Select(r => r.AdministrativeUnitId!.Value).Distinct().ToList();
            var unitNames = await db.AdministrativeUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name })
                .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            // An agency counts the tasks the plans name it for and those it holds for a predecessor: two
            // lookups, each on its own index, counted in the database (a collective body is named on
            // thousands of tasks).
            var named = db.Assignments.Where(s => ids.Contains(s.AgencyId)).Select(s => new { Agency = s.AgencyId, s.Role, s.TaskId });
            var held = db.Assignments.Where(s => ids.Contains(s.CurrentAgencyId)).Select(s => new { Agency = s.CurrentAgencyId, s.Role, s.TaskId });
            var counts = (await named.Union(held)
                    .GroupBy(s => new { s.Agency, s.Role }).Select(g => new { g.Key.Agency, g.Key.Role, Count = g.Count() })
                    .ToListAsync(cancellationToken))
                .ToDictionary(c => (c.Agency, c.Role), c => c.Count);
            var items = rows.Select(a => new Item(
                    a.Id,
                    a.Name,
                    a.Kind,
                    a.AdministrativeUnitId is { } unit ? unitNames.GetValueOrDefault(unit) : null,
                    counts.GetValueOrDefault((a.Id, AssignmentRole.Lead)),
                    counts.GetValueOrDefault((a.Id, AssignmentRole.Coordinating)),
                    a.ValidTo))
                .ToList();

            // The filter offers provinces: with the communes it would list thousands of names.
            var units = db.VisibleAgencies(user.Scope).Where(a => a.AdministrativeUnitId != null).Select(a => a.AdministrativeUnitId!.Value);
            var localities = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => u.ParentId == null && (units.Contains(u.Id) || db.AdministrativeUnits.Any(c => c.ParentId == u.Id && units.Contains(c.Id))))
                .Select(u => u.Name).Distinct().ToListAsync(cancellationToken);
            var hasCentral = await db.VisibleAgencies(user.Scope).AnyAsync(a => a.AdministrativeUnitId == null, cancellationToken);
            return new Result(items, total, page, pageCount, localities.Order(StringComparer.Create(VietnameseText.Vi, false)).ToList(), hasCentral);
        }
    }
}
