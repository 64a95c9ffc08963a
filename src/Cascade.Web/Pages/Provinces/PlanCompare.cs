using Cascade.Core.Comparisons;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Provinces;

/// <summary>
/// Two plans of one province (the plans of two old provinces now under one): which tasks overlap,
/// which each has alone, and which targets each lacks.
/// </summary>
public static class PlanCompare
{
    public sealed record PlanInfo(int Id, string Name, string Issuer, DateOnly? Date);

    public sealed record Result(string Code, string Province, PlanInfo First, PlanInfo Second, PlanComparisonResult Comparison);

    /// <summary>The comparison, or why there is none (a plan unknown, outside the province, or the same plan twice).</summary>
    public sealed record Outcome(Result? Result, string? Error);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<Outcome?> HandleAsync(string code, int first, int second, CancellationToken cancellationToken)
        {
            var family = await ProvinceFamily.OfAsync(db, code, cancellationToken);
            if (family is null)
            {
                return null;
            }

            if (first == second)
            {
                return new Outcome(null, "Hãy chọn hai kế hoạch khác nhau để so sánh.");
            }

            var unitIds = family.UnitIds.ToList();
            var plans = await db.VisiblePlans(user.Scope)
                .Where(p => (p.Id == first || p.Id == second) && p.AdministrativeUnitId != null && unitIds.Contains(p.AdministrativeUnitId.Value))
                .Select(p => new PlanInfo(p.Id, p.Number != null ? p.Number.Text : p.Issuer, p.Issuer, p.Date))
                .ToListAsync(cancellationToken);
            if (plans.Count != 2)
            {
                return new Outcome(null, "Chỉ so sánh được hai kế hoạch của tỉnh, thành phố này mà bạn được xem.");
            }

            var tasks = await db.VisibleTasks(user.Scope).Where(t => (t.PlanId == first || t.PlanId == second) && t.WithdrawnAt == null)
                .OrderBy(t => t.Order).Select(t => new { t.PlanId, Item = new ComparedItem(t.Id, t.Ref, t.Title) })
                .ToListAsync(cancellationToken);
            var targets = await db.Targets.AsNoTracking().Where(t => (t.PlanId == first || t.PlanId == second) && t.WithdrawnAt == null)
                .OrderBy(t => t.Order).Select(t => new { t.PlanId, t.Id, t.Year, t.Text })
                .ToListAsync(cancellationToken);

            List<ComparedItem> TasksOf(int plan) => tasks.Where(t => t.PlanId == plan).Select(t => t.Item).ToList();
            List<ComparedItem> TargetsOf(int plan) => targets.Where(t => t.PlanId == plan)
                .Select(t => new ComparedItem(t.Id, t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Text)).ToList();

            var comparison = PlanComparison.Compare(TasksOf(first), TasksOf(second), TargetsOf(first), TargetsOf(second));
            return new Outcome(new Result(family.Province.Code, family.Province.FullName, plans.Single(p => p.Id == first), plans.Single(p => p.Id == second), comparison), null);
        }
    }
}
