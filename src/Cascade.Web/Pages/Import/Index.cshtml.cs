using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Import;

[RequestSizeLimit(ImportUpload.RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUpload.RequestLimitBytes)]
public sealed class IndexModel(ImportUpload.Handler handler) : PageModel
{
    [BindProperty]
    public IFormFile? Document { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Document is null || Document.Length == 0)
        {
            Error = "Hãy chọn một tệp kế hoạch (.docx, .pdf, .txt, .md) để nhập.";
            return Page();
        }

        await using var stream = Document.OpenReadStream();
        var result = await handler.HandleAsync(stream, Document.FileName, cancellationToken);
        if (result.DraftId is { } id)
        {
            return RedirectToPage("Review", new { id });
        }

        Error = result.Error;
        return Page();
    }
}
