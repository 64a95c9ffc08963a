using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Exports;

/// <summary>The downloads: /Exports/Report, /Exports/Register and /Exports/Period answer with a file, or with this page saying what to correct.</summary>
public sealed class IndexModel(ExportFiles.Handler handler, IStringLocalizer<SharedResource> l) : PageModel
{
    public string? Problem { get; private set; }

    public int? PlanId { get; private set; }

    public async Task<IActionResult> OnGetReportAsync(int planId, string? year, string? date, CancellationToken cancellationToken)
    {
        PlanId = planId;
        return Answer(await handler.ReportAsync(planId, year, date, cancellationToken));
    }

    public async Task<IActionResult> OnGetRegisterAsync(int planId, string? year, string? format, CancellationToken cancellationToken)
    {
        PlanId = planId;
        return Answer(await handler.RegisterAsync(planId, year, format, cancellationToken));
    }

    public async Task<IActionResult> OnGetPeriodAsync(int periodId, string? format, CancellationToken cancellationToken) =>
        Answer(await handler.PeriodAsync(periodId, format, cancellationToken));

    private IActionResult Answer(ExportFiles.Outcome outcome)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.File is { } file)
        {
            // File() sends Content-Disposition with both filename and filename* (UTF-8).
            return File(file.Content, file.ContentType, file.FileName);
        }

        Problem = l[outcome.Problem!, outcome.ProblemArguments];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
