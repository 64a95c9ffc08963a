using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export;

/// <summary>
/// The years a plan can be reported on: from the plan's year (or its first reporting period when it
/// carries no date) to the current year. Later years have nothing to report; earlier ones predate it.
/// </summary>
public sealed record ReportYears(int First, int Last)
{
    public bool Contains(int year) => year >= First && year <= Last;

    public IEnumerable<int> Descending => Enumerable.Range(First, Last - First + 1).Reverse();

    /// <returns>Null when there is no such plan.</returns>
    public static async Task<ReportYears?> OfPlanAsync(CascadeDbContext db, int planId, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Date, FirstPeriod = db.Periods.Where(x => x.PlanId == p.Id).Min(x => (int?)x.Year) })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var first = plan.Date?.Year ?? plan.FirstPeriod ?? today.Year;
        return new ReportYears(first, Math.Max(first, today.Year));
    }
}
