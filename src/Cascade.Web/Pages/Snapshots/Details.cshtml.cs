using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Snapshots;

public sealed class DetailsModel(SnapshotView.Handler handler) : PageModel
{
    public SnapshotView.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await handler.LoadAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
