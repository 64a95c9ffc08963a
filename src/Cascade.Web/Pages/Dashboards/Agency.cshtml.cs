using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

public sealed class AgencyModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l) : DashboardPageModel(handler, l)
{
    protected override DashboardKind Kind => DashboardKind.Agency;
}
