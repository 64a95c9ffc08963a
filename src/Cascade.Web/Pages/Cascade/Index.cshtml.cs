using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.DocumentCascade;

public sealed class IndexModel(CascadeView.Handler handler) : PageModel
{
    public CascadeView.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await handler.HandleAsync(new CascadeView.Query(), cancellationToken);
}
