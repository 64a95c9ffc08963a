using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Notifications;

public sealed class IndexModel(NotificationInbox.Handler handler) : PageModel
{
    public NotificationInbox.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Result = await handler.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(long? id, CancellationToken cancellationToken) =>
        await handler.MarkReadAsync(id, cancellationToken) ? RedirectToPage() : NotFound();
}
