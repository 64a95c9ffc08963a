using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Public;

[AllowAnonymous]
[ResponseCache(Duration = PublicSetup.CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie")]
public sealed class IndexModel(PublicResults.Handler handler) : PageModel
{
    public IReadOnlyList<PublicResults.ProvinceLink> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Provinces = await handler.ProvincesAsync(ct);
}
