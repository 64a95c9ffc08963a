using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Adjustments;

public sealed class TaskModel(TaskPage.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public TaskPage.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int taskId, CancellationToken ct)
    {
        if (await handler.LoadAsync(taskId, Year, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
