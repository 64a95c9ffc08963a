using Cascade.Web.Infrastructure.Security;
using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Data;
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

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
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
                agencies = agencies.Where(a => db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId && u.Name == query.Locality));
            }

            var total = await agencies.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pageCount);
            var items = await agencies
                .OrderBy(a => a.SearchKey).ThenBy(a => a.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(a => new Item(
                    a.Id,
                    a.Name,
                    a.Kind,
                    db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault(),
                    db.Assignments.Where(s => (s.AgencyId == a.Id || s.CurrentAgencyId == a.Id) && s.Role == AssignmentRole.Lead).Select(s => s.TaskId).Distinct().Count(),
                    db.Assignments.Where(s => (s.AgencyId == a.Id || s.CurrentAgencyId == a.Id) && s.Role == AssignmentRole.Coordinating).Select(s => s.TaskId).Distinct().Count(),
                    a.ValidTo))
                .ToListAsync(cancellationToken);

            var localities = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => db.VisibleAgencies(user.Scope).Any(a => a.AdministrativeUnitId == u.Id))
                .Select(u => u.Name).Distinct().ToListAsync(cancellationToken);
            var hasCentral = await db.VisibleAgencies(user.Scope).AnyAsync(a => a.AdministrativeUnitId == null, cancellationToken);
            return new Result(items, total, page, pageCount, localities.Order(StringComparer.Create(VietnameseText.Vi, false)).ToList(), hasCentral);
        }
    }
}
