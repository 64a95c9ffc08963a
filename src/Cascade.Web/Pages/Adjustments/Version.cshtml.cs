using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Adjustments;

public sealed class VersionModel(VersionQuery.Handler handler) : PageModel
{
    public VersionQuery.DetailView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, int number, CancellationToken ct)
    {
        if (await handler.ReadAsync(planId, number, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
