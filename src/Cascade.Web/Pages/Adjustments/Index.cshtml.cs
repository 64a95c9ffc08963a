using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Adjustments;

public sealed class IndexModel(AdjustmentPage.Handler page, AdjustmentCommands.Handler commands) : PageModel
{
    [BindProperty]
    public ProposalForm Form { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public string? DecisionDate { get; set; }

    public AdjustmentPage.View View { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public string? ErrorDetail { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct) => await Show(planId, null, null, null, keep: false, ct);

    public async Task<IActionResult> OnPostProposeAsync(int planId, CancellationToken ct) =>
        await Run(planId, await commands.ProposeAsync(planId, Form, ct), "Đã gửi đề xuất đến Sở Khoa học và Công nghệ.", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int planId, int proposalId, int version, CancellationToken ct) =>
        await Run(planId, await commands.ActAsync(planId, proposalId, AdjustmentCommands.Step.Withdraw, null, version, ct), "Đã rút đề xuất.", ct);

    public async Task<IActionResult> OnPostAcceptAsync(int planId, int proposalId, int version, CancellationToken ct) =>
        await Run(planId, await commands.ActAsync(planId, proposalId, AdjustmentCommands.Step.Accept, Comment, version, ct), "Đã đưa đề xuất vào đợt điều chỉnh.", ct);

    public async Task<IActionResult> OnPostReconsiderAsync(int planId, int proposalId, int version, CancellationToken ct) =>
        await Run(planId, await commands.ActAsync(planId, proposalId, AdjustmentCommands.Step.Reconsider, null, version, ct), "Đã đưa đề xuất ra khỏi đợt điều chỉnh.", ct);

    public async Task<IActionResult> OnPostDeclineAsync(int planId, int proposalId, int version, CancellationToken ct) =>
        await Run(planId, await commands.ActAsync(planId, proposalId, AdjustmentCommands.Step.Decline, Comment, version, ct), "Đã không tiếp thu đề xuất.", ct);

    public async Task<IActionResult> OnPostDecisionAsync(int planId, CancellationToken ct)
    {
        var (result, outcome) = await commands.DecideAsync(planId, DecisionNumber, DecisionDate, ct);
        return await Run(planId, result, "Đã ghi nhận quyết định; kế hoạch đã được cập nhật thành phiên bản mới.", ct, outcome?.VersionNumber);
    }

    public int? NewVersion { get; private set; }

    private async Task<IActionResult> Run(int planId, AdjustmentCommands.Result result, string success, CancellationToken ct, int? version = null) =>
        result.Outcome switch
        {
            AdjustmentCommands.Outcome.NotFound => NotFound(),
            AdjustmentCommands.Outcome.Forbidden => Forbid(),
            AdjustmentCommands.Outcome.Done => await Show(planId, success, null, version, keep: false, ct),
            _ => await Show(planId, null, result, null, keep: true, ct),
        };

    private async Task<IActionResult> Show(int planId, string? message, AdjustmentCommands.Result? refused, int? version, bool keep, CancellationToken ct)
    {
        var view = await page.LoadAsync(planId, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Message = message;
        Error = refused?.Error;
        ErrorDetail = refused?.Detail;
        NewVersion = version;
        if (!keep)
        {
            Form = new ProposalForm();
            Comment = null;
            DecisionNumber = null;
            DecisionDate = null;
        }

        ModelState.Clear();
        return Page();
    }
}
