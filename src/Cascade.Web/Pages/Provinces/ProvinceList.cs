using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Provinces;

/// <summary>The 34 provinces in force, each with the old provinces it took over and how many of their plans the user reads.</summary>
public static class ProvinceList
{
    public sealed record Item(string Code, string Name, string FullName, IReadOnlyList<string> Predecessors, int PlanCount);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken)
        {
            var families = await ProvinceFamily.AllAsync(db, cancellationToken);
            var counts = await db.VisiblePlans(user.Scope).Where(p => p.AdministrativeUnitId != null)
                .GroupBy(p => p.AdministrativeUnitId!.Value).Select(g => new { Unit = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Unit, g => g.Count, cancellationToken);
            return families
                .Select(f => new Item(f.Province.Code, f.Province.Name, f.Province.FullName,
                    f.Predecessors.Select(p => $"{p.Name} ({p.Code})").ToList(),
                    f.UnitIds.Sum(id => counts.GetValueOrDefault(id))))
                .OrderByDescending(i => i.PlanCount > 0).ThenBy(i => i.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
