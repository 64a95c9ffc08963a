using Cascade.Core.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Agencies;

public sealed class IndexModel(AgencyList.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgencyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Locality { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgencyList.Status? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AgencyList.Result Result { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || !string.IsNullOrWhiteSpace(Locality) || Status is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await handler.HandleAsync(new AgencyList.Query(Q, Kind, Locality, PageNumber, Status), cancellationToken);
}
