using Cascade.Core.Progress;
using Cascade.Core.Reviews;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>The words of the review pages: kinds of review, task statuses (design notes §4), how a task moved.</summary>
public static class SnapshotLabels
{
    public static string KindName(this IStringLocalizer l, SnapshotKind kind) => l[kind switch
    {
        SnapshotKind.MidTerm => "Sơ kết",
        SnapshotKind.Final => "Tổng kết",
        _ => "Ảnh chụp khác",
    }];

    public static string StatusName(this IStringLocalizer l, ProgressStatus status) => l[status switch
    {
        ProgressStatus.DoneOnTime => "Hoàn thành đúng hạn",
        ProgressStatus.DoneLate => "Hoàn thành quá hạn",
        ProgressStatus.InProgress => "Đang thực hiện trong hạn",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.NotStarted => "Chưa đến hạn, chưa triển khai",
        ProgressStatus.AwaitingEvent => "Chờ văn bản của cấp trên",
        _ => "Không thuộc năm đánh giá",
    }];

    public static string ChangeName(this IStringLocalizer l, TaskChange change) => l[change switch
    {
        TaskChange.Improved => "Tiến triển",
        TaskChange.Worsened => "Chậm lại",
        TaskChange.Changed => "Thay đổi",
        TaskChange.Added => "Mới thêm",
        TaskChange.Removed => "Không còn trong kế hoạch",
        _ => "Không đổi",
    }];

    /// <summary>The row colour of a task that moved.</summary>
    public static string ChangeClass(TaskChange change) => change switch
    {
        TaskChange.Improved => "table-success",
        TaskChange.Worsened => "table-danger",
        TaskChange.Unchanged => "",
        _ => "table-warning",
    };
}
