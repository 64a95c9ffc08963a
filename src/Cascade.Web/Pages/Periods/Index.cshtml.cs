using Cascade.Data.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Periods;

public sealed class IndexModel(PeriodAdmin.Handler handler, TimeProvider clock) : PageModel
{
    public int ThisYear => clock.Today().Year;

    public IReadOnlyList<PeriodAdmin.PlanPeriods> Plans { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Plans = await handler.LoadAsync(ct);

    public Task<IActionResult> OnPostOpenAsync(int planId, int year, string scheme, int number, string? dueOn, CancellationToken ct) =>
        Show(handler.OpenAsync(planId, year, scheme, number, dueOn, ct), "Đã mở kỳ báo cáo.", ct);

    public Task<IActionResult> OnPostReopenAsync(int periodId, string? until, CancellationToken ct) =>
        Show(handler.ReopenAsync(periodId, until, ct), "Đã mở lại kỳ báo cáo.", ct);

    public Task<IActionResult> OnPostGrantAsync(int periodId, int agencyId, string? until, string? reason, CancellationToken ct) =>
        Show(handler.GrantAsync(periodId, agencyId, until, reason, ct), "Đã cho phép cơ quan nộp muộn.", ct);

    private async Task<IActionResult> Show(Task<string?> action, string success, CancellationToken ct)
    {
        Error = await action;
        Done = Error is null ? success : null;
        Plans = await handler.LoadAsync(ct);
        return Page();
    }
}
