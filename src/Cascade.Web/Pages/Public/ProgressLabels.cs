using Cascade.Core.Progress;
using Cascade.Core.Tasks;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Public;

/// <summary>The UI names of a task's status for the year and of Resolution 36's solution groups; the Vietnamese text is the resource key.</summary>
public static class ProgressLabels
{
    /// <summary>The statuses a results table counts, in the order officials read them; "not in the year" is left out.</summary>
    public static IReadOnlyList<ProgressStatus> Counted { get; } =
    [
        ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, ProgressStatus.InProgress, ProgressStatus.Overdue,
        ProgressStatus.NotStarted, ProgressStatus.AwaitingEvent,
    ];

    public static string OfStatus(this IStringLocalizer l, ProgressStatus status) => l[status switch
    {
        ProgressStatus.DoneOnTime => "Hoàn thành đúng hạn",
        ProgressStatus.DoneLate => "Hoàn thành quá hạn",
        ProgressStatus.InProgress => "Đang thực hiện trong hạn",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.NotStarted => "Chưa triển khai",
        ProgressStatus.AwaitingEvent => "Chờ văn bản cấp trên",
        _ => "Không thuộc năm",
    }];

    public static string OfGroup(this IStringLocalizer l, SolutionGroup group) => l[group switch
    {
        SolutionGroup.Awareness => "Nhận thức, tuyên truyền",
        SolutionGroup.LawsAndPolicies => "Thể chế, cơ chế, chính sách",
        SolutionGroup.DevelopmentAndApplication => "Phát triển, ứng dụng công nghệ sinh học",
        SolutionGroup.HumanResourcesAndFacilities => "Nhân lực, tiềm lực",
        SolutionGroup.InternationalCooperation => "Hợp tác quốc tế",
        _ => "Tổ chức thực hiện, khác",
    }];

    public static string OfState(this IStringLocalizer l, Core.Targets.IndicatorState state) => l[state switch
    {
        Core.Targets.IndicatorState.NoValues => "Chưa có số liệu",
        Core.Targets.IndicatorState.NoBaseline => "Chưa có số liệu gốc",
        Core.Targets.IndicatorState.OnTrack => "Đúng tiến độ",
        Core.Targets.IndicatorState.OffTrack => "Chậm tiến độ",
        _ => "Đã đạt",
    }];
}
