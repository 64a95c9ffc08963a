using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Links;

public sealed class IndexModel(LinkProposals.Handler handler) : PageModel
{
    public LinkProposals.View View { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct) => await Show(planId, ct);

    public Task<IActionResult> OnPostConfirmAsync(int planId, int taskId, int parentTaskId, CancellationToken ct) =>
        Decide(planId, taskId, parentTaskId, confirm: true, "Đã xác nhận liên kết: báo cáo của nhiệm vụ được tính cho cả nhiệm vụ cấp trên.", ct);

    public Task<IActionResult> OnPostRejectAsync(int planId, int taskId, int parentTaskId, CancellationToken ct) =>
        Decide(planId, taskId, parentTaskId, confirm: false, "Đã ghi nhận: hai nhiệm vụ không liên kết.", ct);

    private async Task<IActionResult> Decide(int planId, int taskId, int parentTaskId, bool confirm, string success, CancellationToken ct)
    {
        var (found, error) = await handler.DecideAsync(planId, taskId, parentTaskId, confirm, ct);
        if (!found)
        {
            return NotFound();
        }

        if (error == Core.Links.LinkError.NotAllowed)
        {
            return Forbid();
        }

        Message = error is null ? success : null;
        Error = error is null ? null : LinkErrors.Vietnamese(error);
        return await Show(planId, ct);
    }

    private async Task<IActionResult> Show(int planId, CancellationToken ct)
    {
        if (await handler.LoadAsync(planId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
