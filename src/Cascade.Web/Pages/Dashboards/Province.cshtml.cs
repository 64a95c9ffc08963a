using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>A province's dashboard; its code and the provinces merged into it come with the dashboard, built once.</summary>
public sealed class ProvinceModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l) : DashboardPageModel(handler, l)
{
    protected override DashboardKind Kind => DashboardKind.Province;

    /// <summary>The province's code, for its page of plans (those of the provinces merged into it too) and their comparison.</summary>
    public string? Code => View.Result.Code;

    /// <summary>How many provinces merged into this one in 2025; their plans count here under their own numbers.</summary>
    public int MergedProvinces => View.Result.MergedProvinces;
}
