using Cascade.Core.Organisations;

namespace Cascade.Web.Pages.Organisations;

/// <summary>The Vietnamese sentence for each refusal of an application or a decision.</summary>
public static class OrganisationErrors
{
    public const string NotAllowed = "Tài khoản của bạn không được quyết định việc tham gia nhiệm vụ này: chỉ cơ quan chủ trì nhiệm vụ hoặc Sở Khoa học và Công nghệ quyết định.";
    public const string NotAccepted = "Chỉ nêu được các tổ chức đã được chấp nhận tham gia nhiệm vụ này.";

    public static string Vietnamese(ApplicationError error) => error.Code switch
    {
        "organisation.name-required" => "Hãy ghi tên tổ chức.",
        "organisation.name-too-long" => "Tên tổ chức quá dài (tối đa 300 ký tự).",
        "organisation.kind" => "Hãy chọn loại tổ chức.",
        "organisation.tax-code" => "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số đối với đơn vị phụ thuộc.",
        "organisation.contact-required" => "Hãy ghi tên người liên hệ.",
        "organisation.contact-too-long" => "Tên người liên hệ quá dài (tối đa 100 ký tự).",
        "organisation.email" => "Địa chỉ thư điện tử không hợp lệ.",
        "organisation.phone" => "Số điện thoại không đúng: số di động 10 chữ số hoặc số cố định 11 chữ số (có mã vùng), bắt đầu bằng 0 hoặc +84.",
        "organisation.application-required" => "Hãy nêu ngắn gọn nội dung tổ chức muốn tham gia, đóng góp.",
        "organisation.application-too-long" => "Nội dung đăng ký quá dài (tối đa 2.000 ký tự).",
        "participation.already-applied" => "Tổ chức đã đăng ký tham gia nhiệm vụ này (đang chờ xem xét hoặc đã được chấp nhận).",
        "participation.already-decided" => "Đăng ký này đã được quyết định trước đó.",
        "participation.note-required" => "Khi không chấp nhận, hãy ghi rõ lý do để thông báo cho tổ chức.",
        "participation.note-too-long" => "Ghi chú quá dài (tối đa 1.000 ký tự).",
        _ => error.Message,
    };
}
