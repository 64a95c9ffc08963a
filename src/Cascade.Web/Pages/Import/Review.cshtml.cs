using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Import;

public sealed class ReviewModel(ImportReview.Handler handler) : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public ImportReview.Draft Draft { get; private set; } = null!;

    public string? Notice { get; private set; }

    /// <summary>After a conflict: the version the other reviewer saved, shown beside this reviewer's form.</summary>
    public ReviewInput? OtherVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var draft = await handler.LoadAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = draft;
        Input = draft.Input;
        return Page();
    }

    /// <summary>When a plan with the same number is stored: what the newer version changes, task by task.</summary>
    public IReadOnlyList<Cascade.Core.Revisions.TaskChange>? Changes { get; private set; }

    public int? StoredPlanId { get; private set; }

    public Task<IActionResult> OnPostKeepAsync(Guid id, CancellationToken cancellationToken) => SubmitAsync(id, ImportReview.Mode.Keep, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SubmitAsync(id, ImportReview.Mode.Save, cancellationToken);

    public Task<IActionResult> OnPostSaveRevisionAsync(Guid id, CancellationToken cancellationToken) => SubmitAsync(id, ImportReview.Mode.SaveRevision, cancellationToken);

    private async Task<IActionResult> SubmitAsync(Guid id, ImportReview.Mode mode, CancellationToken cancellationToken)
    {
        var result = await handler.SubmitAsync(id, Input, mode, cancellationToken);
        if (result.Outcome is ImportReview.Outcome.Saved or ImportReview.Outcome.AlreadySaved)
        {
            return Redirect($"/Plans/{result.PlanId}");
        }

        var draft = await handler.LoadAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = draft;
        ModelState.Clear();
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (result.Outcome == ImportReview.Outcome.Conflict)
        {
            // This reviewer's edits stay in the form; the other version is listed beside them. Saving
            // again is then a deliberate choice, so the form takes the current version number.
            OtherVersion = result.Current!;
            Notice = "Bản nháp vừa được người khác sửa. Những chỗ khác nhau được liệt kê bên dưới; chỉnh sửa của bạn vẫn còn trong biểu mẫu. Hãy xem lại rồi lưu lần nữa.";
            Input.Version = result.Current!.Version;
        }
        else
        {
            Input.Version = draft.Input.Version;
            Notice = result.Outcome == ImportReview.Outcome.Kept ? "Đã ghi lại các chỉnh sửa." : null;
            Changes = result.Changes;
            StoredPlanId = result.Outcome == ImportReview.Outcome.NewerVersion ? result.PlanId : null;
        }

        return Page();
    }
}
