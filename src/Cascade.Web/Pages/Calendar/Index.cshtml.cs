using Cascade.Core.Calendar;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Calendar;

[Authorize(Policy = SecuritySetup.Administer)]
public sealed class IndexModel(CalendarYear.Handler year, CalendarAmendments.Handler amendments, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public AmendmentKind Kind { get; set; } = AmendmentKind.DayOff;

    [BindProperty]
    public string? Reason { get; set; }

    public CalendarAmendments.Error? Error { get; private set; }

    public CalendarYear.Result Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var (date, error) = await amendments.AddAsync(new(Date, Kind, Reason), cancellationToken);
        if (date is { } added)
        {
            return RedirectToPage(new { year = added.Year });
        }

        Error = error;
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) =>
        await amendments.RemoveAsync(id, cancellationToken) is { } removed ? RedirectToPage(new { year = removed.Year }) : NotFound();

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Year ??= CalendarAmendments.ParseDate(Date)?.Year ?? Data.Notifications.VietnamTime.Today(time).Year;
        if (!CalendarYear.IsSupported(Year.Value))
        {
            return NotFound();
        }

        Result = await year.HandleAsync(Year.Value, cancellationToken);
        return Page();
    }
}
