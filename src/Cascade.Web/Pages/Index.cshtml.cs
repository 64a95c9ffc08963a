using Cascade.Web.Infrastructure.Security;
using Cascade.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages;

public sealed class IndexModel(CascadeDbContext db, CurrentUser user) : PageModel
{
    public int PlanCount { get; private set; }

    public int TaskCount { get; private set; }

    public int AgencyCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PlanCount = await db.VisiblePlans(user.Scope).CountAsync(cancellationToken);
        TaskCount = await db.VisibleTasks(user.Scope).CountAsync(cancellationToken);
        AgencyCount = await db.VisibleAgencies(user.Scope).CountAsync(cancellationToken);
    }
}
