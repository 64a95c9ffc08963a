using Cascade.Core.Adjustments;
using Cascade.Core.Links;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Infrastructure;

/// <summary>The UI names of adjustments and links; the Vietnamese text is the resource key.</summary>
public static class AdjustmentLabels
{
    public static string Of(this IStringLocalizer l, AdjustmentKind kind) => l[kind switch
    {
        AdjustmentKind.Change => "Điều chỉnh nhiệm vụ",
        AdjustmentKind.Add => "Bổ sung nhiệm vụ",
        _ => "Đưa nhiệm vụ ra khỏi kế hoạch",
    }];

    public static string Of(this IStringLocalizer l, AdjustmentStatus status) => l[status switch
    {
        AdjustmentStatus.Proposed => "Chờ tổng hợp",
        AdjustmentStatus.Accepted => "Đã đưa vào đợt điều chỉnh",
        AdjustmentStatus.Declined => "Không tiếp thu",
        AdjustmentStatus.Approved => "Đã được phê duyệt",
        _ => "Đã rút",
    }];

    public static string Of(this IStringLocalizer l, TaskLinkStatus status) => l[status switch
    {
        TaskLinkStatus.Proposed => "Đề xuất liên kết",
        TaskLinkStatus.Confirmed => "Đã xác nhận",
        _ => "Không liên kết",
    }];
}
