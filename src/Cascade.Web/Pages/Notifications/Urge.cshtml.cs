using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Notifications;

[Authorize(Policy = SecuritySetup.ManagePlans)]
public sealed class UrgeModel(UrgeNotices.Handler handler) : PageModel
{
    public IReadOnlyList<UrgeNotices.PeriodRow> Periods { get; private set; } = [];

    /// <summary>The outcome of the last urging, carried over the redirect.</summary>
    [TempData]
    public string? Sent { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Periods = await handler.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int periodId, int? agencyId, CancellationToken cancellationToken)
    {
        if (await handler.UrgeAsync(periodId, agencyId, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        Sent = $"{outcome.Urged}:{outcome.AlreadyUrged}";
        return RedirectToPage();
    }
}
