using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>The whole country for national viewers and administrators; for everyone else, all that their scope reads.</summary>
public sealed class IndexModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l) : DashboardPageModel(handler, l)
{
    protected override DashboardKind Kind => DashboardKind.National;
}
