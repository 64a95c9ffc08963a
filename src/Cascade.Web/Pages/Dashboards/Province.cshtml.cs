using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

public sealed class ProvinceModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l) : DashboardPageModel(handler, l)
{
    protected override DashboardKind Kind => DashboardKind.Province;
}
