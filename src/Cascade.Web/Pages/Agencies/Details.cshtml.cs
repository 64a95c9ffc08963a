using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Agencies;

public sealed class DetailsModel(AgencyDetails.Handler handler) : PageModel
{
    public AgencyDetails.Result Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var agency = await handler.HandleAsync(new AgencyDetails.Query(id), cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        return Page();
    }
}
