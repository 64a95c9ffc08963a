using Cascade.Data.Notifications;
using Cascade.Web.Pages.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Snapshots;

public sealed class IndexModel(SnapshotList.Handler handler, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SnapshotForm Form { get; set; } = new();

    public SnapshotList.Result Result { get; private set; } = null!;

    public IReadOnlyDictionary<string, Message> Errors { get; private set; } = new Dictionary<string, Message>();

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        Form = SnapshotForm.For(clock.Today());
        return await Show(planId, ct);
    }

    public async Task<IActionResult> OnPostTakeAsync(int planId, CancellationToken ct)
    {
        var taken = await handler.TakeAsync(planId, Form, ct);
        switch (taken.Outcome)
        {
            case SnapshotList.Outcome.NotFound:
                return NotFound();
            case SnapshotList.Outcome.Forbidden:
                return Forbid();
            case SnapshotList.Outcome.Done:
                return Redirect($"/Snapshots/{taken.SnapshotId}");
        }

        Errors = taken.Errors!;
        ModelState.Clear();
        return await Show(planId, ct);
    }

    private async Task<IActionResult> Show(int planId, CancellationToken ct)
    {
        if (await handler.HandleAsync(planId, ct) is not { } result)
        {
            return NotFound();
        }

        Result = result;
        return Page();
    }
}
