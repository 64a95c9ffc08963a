using Cascade.Core.Links;

namespace Cascade.Web.Pages.Links;

/// <summary>The Vietnamese sentence for each refusal of a link step.</summary>
public static class LinkErrors
{
    public static string Vietnamese(LinkError error) => error.Code switch
    {
        "link.already-confirmed" => "Liên kết này đã được xác nhận.",
        "link.already-rejected" => "Cặp nhiệm vụ này đã được đánh dấu không liên kết.",
        "link.not-allowed" => "Tài khoản của bạn không được liên kết nhiệm vụ của kế hoạch này.",
        "link.not-implemented" => "Kế hoạch của nhiệm vụ không thực hiện văn bản của nhiệm vụ cấp trên được chọn.",
        _ => error.Message,
    };
}
