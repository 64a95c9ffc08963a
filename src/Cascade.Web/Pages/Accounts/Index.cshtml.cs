using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Accounts;

public sealed class IndexModel(AccountAdmin.Handler handler) : PageModel
{
    [BindProperty]
    public AccountAdmin.NewAccount Input { get; set; } = new();

    public AccountAdmin.Page View { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Error = await handler.CreateAsync(Input, ct);
        if (Error is null)
        {
            Created = Input.Email;
            Input = new AccountAdmin.NewAccount();
            ModelState.Clear();
        }

        View = await handler.LoadAsync(ct);
        return Page();
    }
}
