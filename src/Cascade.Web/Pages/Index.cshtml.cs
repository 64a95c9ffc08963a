using Cascade.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages;

public sealed class IndexModel(CascadeDbContext db) : PageModel
{
    public int PlanCount { get; private set; }

    public int TaskCount { get; private set; }

    public int AgencyCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PlanCount = await db.Plans.CountAsync(cancellationToken);
        TaskCount = await db.Tasks.CountAsync(cancellationToken);
        AgencyCount = await db.Agencies.CountAsync(cancellationToken);
    }
}
