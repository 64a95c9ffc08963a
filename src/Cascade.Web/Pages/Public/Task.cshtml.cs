using Cascade.Core.Organisations;
using Cascade.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Cascade.Web.Pages.Public;

/// <summary>
/// A task of a published plan, and the form an organisation applies with. The page carries an
/// antiforgery token, so it is not cached; only the posting is rate-limited.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicSetup.ApplicationPolicy)]
public sealed class TaskModel(PublicTask.Handler page, Apply.Handler apply) : PageModel
{
    [BindProperty]
    public Apply.Form Form { get; set; } = new();

    public PublicTask.View View { get; private set; } = null!;

    public bool Sent { get; private set; }

    public IReadOnlyList<ApplicationError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int taskId, CancellationToken ct)
    {
        if (await page.LoadAsync(taskId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int taskId, CancellationToken ct)
    {
        var result = await apply.HandleAsync(taskId, Form, ct);
        if (!result.Found || await page.LoadAsync(taskId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Errors = result.Errors;
        Sent = result.Done;
        if (Sent)
        {
            Form = new Apply.Form();
        }

        ModelState.Clear();
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field) is { } error ? OrganisationErrors.Vietnamese(error) : null;
}
