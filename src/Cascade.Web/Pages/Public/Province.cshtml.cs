using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Public;

[AllowAnonymous]
[ResponseCache(Duration = PublicSetup.CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie")]
public sealed class ProvinceModel(PublicResults.Handler handler) : PageModel
{
    public PublicResults.Result Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await handler.HandleAsync(code, ct) is not { } results)
        {
            return NotFound();
        }

        Results = results;
        return Page();
    }
}
