using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Provinces;

public sealed class CompareModel(PlanCompare.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int First { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Second { get; set; }

    public string Code { get; private set; } = string.Empty;

    public PlanCompare.Outcome Outcome { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(code, First, Second, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        Code = code;
        Outcome = outcome;
        return Page();
    }
}
