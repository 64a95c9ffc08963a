using Cascade.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Organisations;

public sealed class IndexModel(Applications.Handler applications, Decide.Handler decide) : PageModel
{
    /// <summary>The state shown; the page opens on the applications waiting for a decision.</summary>
    [BindProperty(SupportsGet = true)]
    public ParticipationStatus? Status { get; set; } = ParticipationStatus.Applied;

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public Applications.Result List { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => List = await applications.HandleAsync(All ? null : Status, ct);

    public Task<IActionResult> OnPostAcceptAsync(int id, string? note, CancellationToken ct) => Run(id, true, note, "Đã chấp nhận tổ chức tham gia nhiệm vụ.", ct);

    public Task<IActionResult> OnPostDeclineAsync(int id, string? note, CancellationToken ct) => Run(id, false, note, "Đã ghi nhận không chấp nhận đăng ký.", ct);

    private async Task<IActionResult> Run(int id, bool accept, string? note, string success, CancellationToken ct)
    {
        var result = await decide.HandleAsync(id, accept, note, ct);
        switch (result.Outcome)
        {
            case Decide.Outcome.NotFound:
                return NotFound();
            case Decide.Outcome.Forbidden:
                return Forbid();
            case Decide.Outcome.Done:
                Message = success;
                break;
            default:
                Error = result.Error;
                break;
        }

        List = await applications.HandleAsync(All ? null : Status, ct);
        return Page();
    }
}
