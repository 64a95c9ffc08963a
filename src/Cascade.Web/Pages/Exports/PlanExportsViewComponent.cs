using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Export;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Web.Pages.Exports;

/// <summary>The "Báo cáo và tải về" block of a plan's page: pick a year, download the report or the register.</summary>
public sealed class PlanExportsViewComponent(CascadeDbContext db, TimeProvider clock) : ViewComponent
{
    public sealed record Block(int PlanId, IReadOnlyList<int> Years, int Selected);

    public async Task<IViewComponentResult> InvokeAsync(int planId)
    {
        var today = clock.Today();
        var years = await ReportYears.OfPlanAsync(db, planId, today, HttpContext.RequestAborted) ?? new ReportYears(today.Year, today.Year);
        return View("/Pages/Exports/_PlanExports.cshtml", new Block(planId, years.Descending.ToList(), years.Last));
    }
}
