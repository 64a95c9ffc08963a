using Cascade.Web.Pages.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Snapshots;

public sealed class CompareModel(SnapshotCompare.Handler handler) : PageModel
{
    public SnapshotCompare.Result? Result { get; private set; }

    public Message? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int a, int b, CancellationToken ct)
    {
        if (await handler.HandleAsync(a, b, ct) is not { } answer)
        {
            return NotFound();
        }

        (Result, Error) = (answer.Result, answer.Error);
        return Page();
    }
}
