using Cascade.Core.Documents;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Provinces;

/// <summary>
/// A province in force, the old provinces merged into it, and their plans side by side, each under the
/// province that issued it and its own number.
/// </summary>
public static class ProvincePlans
{
    public sealed record PlanRow(int Id, DocumentNumber? Number, string Issuer, DateOnly? Date, string Title, int TaskCount);

    /// <summary>The plans of one unit (the province in force, or an old one with the day it ended).</summary>
    public sealed record UnitPlans(string Code, string Name, string FullName, DateOnly? ValidTo, IReadOnlyList<PlanRow> Plans);

    public sealed record Result(string Code, string Name, string FullName, DateOnly? ValidFrom, string? LegalBasis, IReadOnlyList<UnitPlans> Units)
    {
        public IReadOnlyList<PlanRow> AllPlans => Units.SelectMany(u => u.Plans).ToList();
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<Result?> HandleAsync(string code, CancellationToken cancellationToken)
        {
            var family = await ProvinceFamily.OfAsync(db, code, cancellationToken);
            if (family is null)
            {
                return null;
            }

            var unitIds = family.UnitIds.ToList();
            var plans = await db.VisiblePlans(user.Scope)
                .Where(p => p.AdministrativeUnitId != null && unitIds.Contains(p.AdministrativeUnitId.Value))
                .OrderBy(p => p.Date == null).ThenBy(p => p.Date).ThenBy(p => p.Id)
                .Select(p => new { p.AdministrativeUnitId, Row = new PlanRow(p.Id, p.Number, p.Issuer, p.Date, p.Title, p.Tasks.Count(t => t.WithdrawnAt == null)) })
                .ToListAsync(cancellationToken);
            var units = new[] { family.Province }.Concat(family.Predecessors)
                .Select(u => new UnitPlans(u.Code, u.Name, u.FullName, u.ValidTo, plans.Where(p => p.AdministrativeUnitId == u.Id).Select(p => p.Row).ToList()))
                .ToList();
            return new Result(family.Province.Code, family.Province.Name, family.Province.FullName, family.Province.ValidFrom, family.LegalBasis, units);
        }
    }
}
