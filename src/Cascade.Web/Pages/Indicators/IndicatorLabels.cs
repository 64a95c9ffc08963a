using Cascade.Core.Targets;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Indicators;

/// <summary>The words for where an indicator stands, as the indicator pages and the plan page show them.</summary>
public static class IndicatorLabels
{
    public static string StateName(this IStringLocalizer l, IndicatorState state) => l[state switch
    {
        IndicatorState.OnTrack => "Đúng lộ trình",
        IndicatorState.OffTrack => "Chậm so với lộ trình",
        IndicatorState.Achieved => "Đã đạt",
        IndicatorState.NoBaseline => "Chưa có giá trị cơ sở",
        _ => "Chưa có số liệu",
    }];

    /// <summary>The Bootstrap colour of a state's badge and bar.</summary>
    public static string StateColour(IndicatorState state) => state switch
    {
        IndicatorState.OnTrack => "success",
        IndicatorState.Achieved => "primary",
        IndicatorState.OffTrack => "warning",
        _ => "secondary",
    };

    /// <summary>A measured figure: up to the four decimals the database keeps, in the reader's culture.</summary>
    public static string Figure(decimal value) => value.ToString("#,0.####", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A share of the way as a percent ("31%").</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100m).ToString("0", System.Globalization.CultureInfo.CurrentCulture) + "%" : "—";

    /// <summary>The share of the way as a bar's width: 0 to 100.</summary>
    public static int BarPercent(decimal? share) => share is { } s ? (int)Math.Round(Math.Clamp(s, 0m, 1m) * 100m, MidpointRounding.AwayFromZero) : 0;
}
