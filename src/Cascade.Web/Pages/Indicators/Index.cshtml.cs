using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Indicators;

public sealed class IndexModel(IndicatorList.Handler handler) : PageModel
{
    public IndicatorList.Result Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(planId, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        Result = result;
        return Page();
    }
}
