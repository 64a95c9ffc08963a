using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Provinces;

public sealed class IndexModel(ProvinceList.Handler handler) : PageModel
{
    public IReadOnlyList<ProvinceList.Item> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Provinces = await handler.HandleAsync(cancellationToken);
}
