using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Coverage;

public sealed class IndexModel(CoverageQuery.Handler handler, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    public CoverageQuery.Result Coverage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (outcome, result) = await handler.HandleAsync(new CoverageQuery.Query(Document, Province), ct);
        if (result is null)
        {
            return outcome == CoverageQuery.Outcome.Forbidden ? Forbid() : NotFound();
        }

        Coverage = result;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (outcome, result) = await handler.HandleAsync(new CoverageQuery.Query(Document, Province), ct);
        if (result is null)
        {
            return outcome == CoverageQuery.Outcome.Forbidden ? Forbid() : NotFound();
        }

        return File(CoverageCsv.Write(result, l), "text/csv; charset=utf-8", CoverageCsv.FileName(result));
    }
}
