using Cascade.Core.Timeframes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Plans;

public sealed class DetailsModel(PlanDetails.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public TimeframeKind? Timeframe { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Missing { get; set; }

    public PlanDetails.Result Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var plan = await handler.HandleAsync(new PlanDetails.Query(id, Agency, Timeframe, Missing), cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }
}
