using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Review;

public sealed class IndexModel(ReviewQuery.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    public ReviewQuery.Result Review { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Review = await handler.HandleAsync(Period, cancellationToken);
}
