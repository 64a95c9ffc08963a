using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Targets;
using Cascade.Core.Timeframes;

namespace Cascade.Export;

/// <summary>
/// The Vietnamese names of the domain's states as the files people take away print them. A report
/// to the People's Committee and the registers sent to the departments are Vietnamese whatever
/// language the reader's screen is in, so the words live here, beside the writers. The web's labels
/// (resource keys in Vietnamese) name the same states with the same words; a test of the web keeps
/// each pair equal, so one state is never called two things.
/// </summary>
public static class DocumentWords
{
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "Kế hoạch",
        DocumentKind.ActionProgram => "Chương trình hành động",
        DocumentKind.Resolution => "Nghị quyết",
        DocumentKind.Decision => "Quyết định",
        _ => "Văn bản khác",
    };

    public static string Of(ProgressStatus status) => status switch
    {
        ProgressStatus.DoneOnTime => "Hoàn thành đúng hạn",
        ProgressStatus.DoneLate => "Hoàn thành quá hạn",
        ProgressStatus.InProgress => "Đang thực hiện trong hạn",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.NotStarted => "Chưa đến hạn, chưa triển khai",
        ProgressStatus.AwaitingEvent => "Chờ văn bản của cấp trên",
        _ => "Không áp dụng trong năm",
    };

    public static string Of(ReportedState state) => state switch
    {
        ReportedState.NotStarted => "Chưa triển khai",
        ReportedState.InProgress => "Đang thực hiện",
        ReportedState.Done => "Hoàn thành",
        _ => "Gặp khó khăn",
    };

    /// <summary>Where a report stands; no report at all reads "not reported".</summary>
    public static string Of(ReportStatus? status) => status switch
    {
        ReportStatus.Draft => "Bản nháp",
        ReportStatus.Submitted => "Đã gửi, chờ duyệt",
        ReportStatus.Returned => "Bị trả lại, cần sửa",
        ReportStatus.Accepted => "Đã được chấp nhận",
        _ => "Chưa báo cáo",
    };

    public static string Of(IndicatorState state) => state switch
    {
        IndicatorState.OnTrack => "Đúng lộ trình",
        IndicatorState.OffTrack => "Chậm so với lộ trình",
        IndicatorState.Achieved => "Đã đạt",
        IndicatorState.NoBaseline => "Chưa có giá trị cơ sở",
        _ => "Chưa có số liệu",
    };

    public static string Of(TimeframeKind kind) => kind switch
    {
        TimeframeKind.Annual => "Hằng năm",
        TimeframeKind.Ongoing => "Thường xuyên",
        TimeframeKind.Deadline => "Có thời hạn",
        TimeframeKind.Range => "Giai đoạn",
        TimeframeKind.Conditional => "Có điều kiện",
        _ => "Chưa xác định",
    };
}
