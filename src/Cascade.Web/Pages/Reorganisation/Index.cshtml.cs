using System.Globalization;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Reorganisation;

[Authorize(Policy = SecuritySetup.ManagePlans)]
public sealed class IndexModel(ChangeHistory.Handler handler) : PageModel
{
    public IReadOnlyList<ChangeHistory.Change> Changes { get; private set; } = [];

    /// <summary>"tasks|reports" moved by the change just confirmed.</summary>
    [TempData]
    public string? Done { get; set; }

    public (int Tasks, int Reports)? Moved => Done?.Split('|') is [var tasks, var reports]
        ? (int.Parse(tasks, CultureInfo.InvariantCulture), int.Parse(reports, CultureInfo.InvariantCulture))
        : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Changes = await handler.HandleAsync(cancellationToken);
}
