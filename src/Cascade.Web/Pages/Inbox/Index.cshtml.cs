using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Inbox;

public sealed class IndexModel(InboxQuery.Handler handler) : PageModel
{
    public InboxQuery.Result Inbox { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Inbox = await handler.HandleAsync(cancellationToken);
}
