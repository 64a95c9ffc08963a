using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Public;

[Authorize(Policy = SecuritySetup.ManagePlans)]
public sealed class PublishModel(Publication.Handler handler) : PageModel
{
    public Publication.View View { get; private set; } = null!;

    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => Show(id, null, ct);

    public async Task<IActionResult> OnPostAsync(int id, bool published, int[] targets, CancellationToken ct)
    {
        var outcome = await handler.SaveAsync(id, published, targets, ct);
        return outcome == Publication.Outcome.Done
            ? await Show(id, published ? "Đã lưu: kế hoạch và các chỉ tiêu đã chọn được công khai." : "Đã lưu: kế hoạch không công khai.", ct)
            : Refuse(outcome);
    }

    private async Task<IActionResult> Show(int id, string? message, CancellationToken ct)
    {
        var (outcome, view) = await handler.LoadAsync(id, ct);
        if (view is null)
        {
            return Refuse(outcome);
        }

        View = view;
        Message = message;
        return Page();
    }

    private IActionResult Refuse(Publication.Outcome outcome) => outcome == Publication.Outcome.Forbidden ? Forbid() : NotFound();
}
