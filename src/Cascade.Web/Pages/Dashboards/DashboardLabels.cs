using Cascade.Core.Targets;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>The dashboards' own words for where an indicator stands against its trajectory.</summary>
public static class DashboardLabels
{
    public static string StateOf(this IStringLocalizer l, IndicatorState state) => l[state switch
    {
        IndicatorState.OnTrack => "Đúng lộ trình",
        IndicatorState.OffTrack => "Chậm so với lộ trình",
        IndicatorState.Achieved => "Đã đạt mục tiêu",
        IndicatorState.NoBaseline => "Chưa có số liệu gốc",
        _ => "Chưa có số liệu",
    }];
}
