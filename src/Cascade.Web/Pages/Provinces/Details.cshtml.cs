using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Provinces;

public sealed class DetailsModel(ProvincePlans.Handler handler) : PageModel
{
    public ProvincePlans.Result Province { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await handler.HandleAsync(code, cancellationToken) is not { } province)
        {
            return NotFound();
        }

        Province = province;
        return Page();
    }
}
