using Cascade.Core.Agencies;

namespace Cascade.Web.Pages.Reorganisation;

/// <summary>The Vietnamese messages of a change that cannot be recorded (they are the resource keys).</summary>
public static class ReorganisationErrors
{
    public const string UnknownAgency = "Không tìm thấy cơ quan đã chọn, hoặc bạn không được ghi nhận thay đổi của cơ quan này.";
    public const string BadDate = "Ngày hiệu lực phải viết theo dạng dd/MM/yyyy.";

    public static string Vietnamese(AgencyChangeError error) => error switch
    {
        AgencyChangeError.NoPredecessor => "Chọn cơ quan được sắp xếp lại.",
        AgencyChangeError.NoSuccessor => "Chọn hoặc nhập cơ quan tiếp nhận nhiệm vụ.",
        AgencyChangeError.ManyToMany => "Mỗi lần chỉ ghi nhận một kiểu thay đổi: nhiều cơ quan hợp nhất vào một, hoặc một cơ quan tách thành nhiều.",
        AgencyChangeError.SuccessorIsPredecessor => "Cơ quan tiếp nhận không thể là chính cơ quan được sắp xếp lại.",
        AgencyChangeError.SameSuccessorTwice => "Một cơ quan tiếp nhận được chọn hai lần.",
        AgencyChangeError.SuccessorNameMissing => "Nhập tên cơ quan tiếp nhận mới, hoặc chọn một cơ quan có sẵn.",
        AgencyChangeError.SuccessorNameTooLong => "Tên cơ quan tiếp nhận dài quá 300 ký tự.",
        AgencyChangeError.NoMainSuccessor => "Chọn một cơ quan tiếp nhận chính.",
        AgencyChangeError.NoDate => "Nhập ngày hiệu lực của thay đổi.",
        AgencyChangeError.FutureDate => "Ngày hiệu lực chưa đến: chỉ ghi nhận thay đổi đã có hiệu lực.",
        AgencyChangeError.PredecessorEnded => "Cơ quan đã được sắp xếp lại từ trước; xem cơ quan tiếp nhận của nó.",
        AgencyChangeError.BeforePredecessorBegan => "Ngày hiệu lực phải sau ngày cơ quan được sắp xếp lại bắt đầu hoạt động.",
        AgencyChangeError.NoLegalBasis => "Nhập căn cứ pháp lý (số, ký hiệu văn bản).",
        AgencyChangeError.LegalBasisTooLong => "Căn cứ pháp lý dài quá 300 ký tự.",
        AgencyChangeError.FunctionsTooLong => "Phần chức năng, nhiệm vụ dài quá 500 ký tự.",
        _ => "Không ghi nhận được thay đổi.",
    };
}
