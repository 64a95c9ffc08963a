using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Reorganisation;

[Authorize(Policy = SecuritySetup.ManagePlans)]
public sealed class SplitsModel(SplitChoices.Handler handler) : PageModel
{
    public IReadOnlyList<SplitChoices.Row> Rows { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await handler.LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int assignmentId, int agencyId, CancellationToken cancellationToken)
    {
        if (await handler.ChooseAsync(assignmentId, agencyId, cancellationToken))
        {
            Done = "Đã giao nhiệm vụ cho cơ quan được chọn.";
        }
        else
        {
            Error = "Chỉ chọn được một trong các cơ quan tiếp nhận phần chức năng của cơ quan cũ.";
        }

        Rows = await handler.LoadAsync(cancellationToken);
        return Page();
    }
}
