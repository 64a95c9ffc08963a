using Cascade.Core.Reports;

namespace Cascade.Web.Pages.Reports;

/// <summary>The Vietnamese sentence for each refusal of the report workflow.</summary>
public static class ReportErrors
{
    public const string Conflict = "Báo cáo vừa được người khác cập nhật. Nội dung hiện tại của họ ở bên dưới; nội dung bạn nhập vẫn còn trong biểu mẫu.";
    public const string PeriodLocked = "Kỳ báo cáo đã khóa đối với đơn vị của bạn. Hãy đề nghị Sở Khoa học và Công nghệ mở lại.";
    public const string NotAllowed = "Tài khoản của bạn không được thực hiện thao tác này với nhiệm vụ này.";
    public const string BadDate = "Ngày hoàn thành không đúng dạng ngày/tháng/năm (dd/MM/yyyy).";
    public const string EmptyContribution = "Hãy ghi nội dung đóng góp.";
    public const string BadProductDate = "Ngày ban hành văn bản không đúng dạng ngày/tháng/năm (dd/MM/yyyy).";
    public const string ProductNeedsReport = "Hãy lưu báo cáo trước khi gắn văn bản sản phẩm.";

    public static string Vietnamese(ReportError error) => error.Code switch
    {
        "report.locked" => "Báo cáo đã được chấp nhận và đã khóa.",
        "report.period-locked" => PeriodLocked,
        "report.already-submitted" => "Báo cáo đã được gửi và đang chờ duyệt; không gửi lại được.",
        "report.not-submitted" => "Chỉ duyệt được báo cáo đã gửi.",
        "report.reason-required" => "Báo cáo gặp khó khăn hoặc nộp muộn phải nêu nguyên nhân và đề xuất.",
        "report.comment-required" => "Khi trả lại báo cáo, hãy ghi rõ cần sửa gì.",
        "report.percent" => "Tỷ lệ hoàn thành từ 0 đến 100%.",
        "report.done-percent" => "Nhiệm vụ đã hoàn thành thì tỷ lệ là 100%.",
        "report.too-long" => "Nội dung báo cáo quá dài.",
        "product.missing" => "Hãy nhập số, ngày và cơ quan ban hành văn bản, hoặc chọn tệp văn bản.",
        "product.incomplete" => "Văn bản sản phẩm cần đủ số, ký hiệu, ngày ban hành và cơ quan ban hành.",
        "product.number" => "Số, ký hiệu văn bản không đúng dạng (ví dụ 12/QĐ-UBND).",
        "product.date-future" => "Ngày ban hành văn bản không được sau ngày hôm nay.",
        "product.file" => "Tệp được chọn không phải tệp minh chứng của báo cáo này.",
        _ => error.Message,
    };
}
