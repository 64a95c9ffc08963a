using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Reorganisation;

[Authorize(Policy = SecuritySetup.ManagePlans)]
public sealed class NewModel(ChangeForm.Handler handler) : PageModel
{
    [BindProperty]
    public ChangeForm.Input Input { get; set; } = new();

    public IReadOnlyList<ChangeForm.AgencyOption> Agencies { get; private set; } = [];

    public ChangeForm.Checked? Checked { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await handler.AgenciesAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Checked = await handler.PreviewAsync(Input, cancellationToken);
        Agencies = await handler.AgenciesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        Checked = await handler.ConfirmAsync(Input, cancellationToken);
        if (Checked.Errors.Count > 0)
        {
            Agencies = await handler.AgenciesAsync(cancellationToken);
            return Page();
        }

        Done = $"{Checked.Effect!.Tasks.Count}|{Checked.Effect.Reports.Count}";
        return RedirectToPage("Index");
    }
}
