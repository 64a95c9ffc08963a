using Cascade.Core.Documents;
using Cascade.Core.Text;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Plans;

/// <summary>The list of plans: search by number, issuer, locality or title (accents optional), filter, page.</summary>
public static class PlanList
{
    public const int PageSize = 50;

    public sealed record Query(string? Q = null, DocumentKind? Kind = null, GovernmentLevel? Level = null, string? Locality = null, int Page = 1);

    public sealed record Item(int Id, DocumentNumber? Number, DocumentKind Kind, string Issuer, DateOnly? Date, string? Locality,
        GovernmentLevel Level, string Title, int TaskCount);

    public sealed record Result(IReadOnlyList<Item> Items, int Total, int Page, int PageCount, IReadOnlyList<string> Localities);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, SavedDataCache<Result> cache)
    {
        /// <summary>A page of the list as the reader's scope sees it, kept until a save.</summary>
        public Task<Result> HandleAsync(Query query, CancellationToken cancellationToken) =>
            cache.GetOrBuildAsync(SavedDataCache<Result>.KeyOf(query, clock.Today(), user.Scope), () => BuildAsync(query, CancellationToken.None));

        private async Task<Result> BuildAsync(Query query, CancellationToken cancellationToken)
        {
            var plans = db.VisiblePlans(user.Scope);
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var key = VietnameseText.FoldAccents(query.Q);
                plans = plans.Where(p => p.SearchKey.Contains(key));
            }

            if (query.Kind is { } kind)
            {
                plans = plans.Where(p => p.Kind == kind);
            }

            if (query.Level is { } level)
            {
                plans = plans.Where(p => p.Level == level);
            }

            if (!string.IsNullOrWhiteSpace(query.Locality))
            {
                plans = plans.Where(p => p.Locality == query.Locality);
            }

            var total = await plans.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pageCount);
            var rows = await plans
                .OrderByDescending(p => p.Date).ThenBy(p => p.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(p => new { p.Id, p.Number, p.Kind, p.Issuer, p.Date, p.Locality, p.Level, p.Title })
                .ToListAsync(cancellationToken);

            // Counted for the page's plans only: inside the paged query the database counted the tasks
            // of every plan before sorting (3,355 plans at national scale).
            var ids = rows.Select(r => r.Id).ToList();
            var taskCounts = await db.Tasks.Where(t => ids.Contains(t.PlanId) && t.WithdrawnAt == null)
                .GroupBy(t => t.PlanId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var items = rows.Select(p => new Item(p.Id, p.Number, p.Kind, p.Issuer, p.Date, p.Locality, p.Level, p.Title, taskCounts.GetValueOrDefault(p.Id))).ToList();

            var localities = await db.VisiblePlans(user.Scope).Where(p => p.Locality != null)
                .Select(p => p.Locality!).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
            return new Result(items, total, page, pageCount, localities);
        }
    }
}
