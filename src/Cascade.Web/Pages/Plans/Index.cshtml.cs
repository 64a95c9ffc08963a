using Cascade.Core.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Plans;

public sealed class IndexModel(PlanList.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public GovernmentLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Locality { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PlanList.Result Result { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Level is not null || !string.IsNullOrWhiteSpace(Locality);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await handler.HandleAsync(new PlanList.Query(Q, Kind, Level, Locality, PageNumber), cancellationToken);
}
