using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Adjustments;

public sealed class VersionsModel(VersionQuery.Handler handler) : PageModel
{
    public VersionQuery.ListView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await handler.ListAsync(planId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
