using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Reports;

[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class TaskModel(ReportPage.Handler page, ReportCommands.Handler commands, ProductCommands.Handler products) : PageModel
{
    [BindProperty]
    public ReportForm Form { get; set; } = new();

    [BindProperty]
    public string? Contribution { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public ReportPage.View View { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>After a conflict: what the other person saved, shown beside this user's form.</summary>
    public ReportForm? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(int periodId, int taskId, CancellationToken ct)
    {
        var view = await page.LoadAsync(periodId, taskId, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Form = view.Report?.Content ?? new ReportForm();
        Contribution = view.OwnContribution?.Text;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, commands.SaveAsync(periodId, taskId, Form, submit: false, ct), "Đã lưu bản nháp.", ct);

    public Task<IActionResult> OnPostSubmitAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, commands.SaveAsync(periodId, taskId, Form, submit: true, ct), "Đã gửi báo cáo đến Sở Khoa học và Công nghệ.", ct);

    public Task<IActionResult> OnPostProductAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, products.LinkAsync(periodId, taskId, Form, ct), "Đã gắn văn bản sản phẩm vào báo cáo.", ct);

    public Task<IActionResult> OnPostRemoveProductAsync(int periodId, int taskId, int documentId, CancellationToken ct) =>
        Run(periodId, taskId, products.RemoveAsync(periodId, taskId, documentId, ct), "Đã gỡ văn bản sản phẩm khỏi báo cáo.", ct, keepForm: false);

    public Task<IActionResult> OnPostContributeAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, commands.ContributeAsync(periodId, taskId, Contribution, ct), "Đã gửi nội dung phối hợp đến cơ quan chủ trì.", ct);

    public Task<IActionResult> OnPostReturnAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, commands.ReviewAsync(periodId, taskId, accept: false, Comment, Form.Version, ct), "Đã trả lại báo cáo kèm ý kiến.", ct);

    public Task<IActionResult> OnPostAcceptAsync(int periodId, int taskId, CancellationToken ct) =>
        Run(periodId, taskId, commands.ReviewAsync(periodId, taskId, accept: true, Comment, Form.Version, ct), "Đã chấp nhận báo cáo.", ct);

    public async Task<IActionResult> OnPostEvidenceAsync(int periodId, int taskId, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await Show(periodId, taskId, null, "Hãy chọn tệp minh chứng.", keepForm: false, ct);
        }

        await using var stream = file.OpenReadStream();
        return await Run(periodId, taskId, commands.AddEvidenceAsync(periodId, taskId, stream, file.FileName, ct), "Đã đính kèm tệp minh chứng.", ct, keepForm: false);
    }

    private async Task<IActionResult> Run(int periodId, int taskId, Task<ReportCommands.Result> command, string success, CancellationToken ct, bool keepForm = true)
    {
        var result = await command;
        return result.Outcome switch
        {
            ReportCommands.Outcome.NotFound => NotFound(),
            ReportCommands.Outcome.Forbidden => Forbid(),
            ReportCommands.Outcome.Done => await Show(periodId, taskId, success, null, keepForm: false, ct),
            _ => await Show(periodId, taskId, null, result.Error, keepForm, ct, conflict: result.Outcome == ReportCommands.Outcome.Conflict),
        };
    }

    private async Task<IActionResult> Show(int periodId, int taskId, string? message, string? error, bool keepForm, CancellationToken ct, bool conflict = false)
    {
        var view = await page.LoadAsync(periodId, taskId, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Message = message;
        Error = error;
        if (conflict)
        {
            // Keep what this user typed; show the saved version beside it and start from its number.
            Theirs = view.Report?.Content;
            Form.Version = view.Report?.Version ?? 0;
        }
        else if (!keepForm)
        {
            Form = view.Report?.Content ?? new ReportForm();
            Contribution = view.OwnContribution?.Text;
            Comment = null;
        }

        ModelState.Clear();
        return Page();
    }
}
