using Cascade.Data;
using Cascade.Data.Reorganisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

public sealed class ProvinceModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l, CascadeDbContext db) : DashboardPageModel(handler, l)
{
    protected override DashboardKind Kind => DashboardKind.Province;

    /// <summary>The province's code, for its page of plans (those of the provinces merged into it too) and their comparison.</summary>
    public string? Code { get; private set; }

    /// <summary>How many provinces merged into this one in 2025; their plans count here under their own numbers.</summary>
    public int MergedProvinces { get; private set; }

    protected override async Task OnShownAsync(int? id, CancellationToken cancellationToken)
    {
        Code = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == id).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        MergedProvinces = id is { } unit ? (await db.WithPredecessorsAsync(unit, cancellationToken)).Count - 1 : 0;
    }
}
