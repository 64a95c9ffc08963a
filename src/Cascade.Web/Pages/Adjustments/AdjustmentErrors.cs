using Cascade.Core.Adjustments;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>The Vietnamese sentence for each refusal of the adjustment workflow.</summary>
public static class AdjustmentErrors
{
    public const string Conflict = "Đề xuất vừa được người khác xử lý. Trang đã được tải lại với tình trạng mới nhất.";
    public const string BadDate = "Ngày của quyết định không đúng dạng ngày/tháng/năm (dd/MM/yyyy).";
    public const string UnknownTask = "Không tìm thấy nhiệm vụ được đề xuất trong kế hoạch.";

    public static string Vietnamese(AdjustmentError error) => error.Code switch
    {
        "adjustment.not-allowed" => "Tài khoản của bạn không được thực hiện thao tác này với kế hoạch này.",
        "adjustment.reason-required" => "Hãy nêu lý do của đề xuất.",
        "adjustment.task-required" => "Hãy chọn nhiệm vụ cần điều chỉnh hoặc đưa ra khỏi kế hoạch.",
        "adjustment.title-required" => "Nhiệm vụ bổ sung cần có nội dung.",
        "adjustment.lead-required" => "Nhiệm vụ bổ sung cần có cơ quan chủ trì.",
        "adjustment.nothing-changed" => "Đề xuất không thay đổi gì so với nhiệm vụ hiện tại.",
        "adjustment.too-long" => "Nội dung đề xuất quá dài.",
        "adjustment.not-pending" => "Chỉ xử lý được đề xuất đang chờ tổng hợp.",
        "adjustment.not-accepted" => "Chỉ đề xuất đã đưa vào đợt điều chỉnh mới được phê duyệt hoặc đưa ra khỏi đợt.",
        "adjustment.already-approved" => "Đề xuất đã được phê duyệt theo quyết định; không xử lý lại được.",
        "adjustment.comment-required" => "Khi không tiếp thu đề xuất, hãy ghi rõ lý do.",
        "adjustment.task-withdrawn" => "Có đề xuất về nhiệm vụ không còn trong kế hoạch; hãy không tiếp thu đề xuất đó rồi ghi nhận lại quyết định.",
        "decision.number" => "Số, ký hiệu quyết định không đúng dạng (ví dụ 123/QĐ-UBND).",
        "decision.date-required" => "Hãy nhập ngày ban hành quyết định (dd/MM/yyyy).",
        "decision.date-future" => "Ngày ban hành quyết định không được sau ngày hôm nay.",
        "decision.before-plan" => "Ngày ban hành quyết định không được trước ngày ban hành kế hoạch.",
        "decision.already-recorded" => "Quyết định này đã được ghi nhận cho kế hoạch; không phê duyệt lại được.",
        "decision.nothing-to-approve" => "Chưa có đề xuất nào trong đợt điều chỉnh để phê duyệt.",
        _ => error.Message,
    };
}
