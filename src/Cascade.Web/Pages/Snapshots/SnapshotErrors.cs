namespace Cascade.Web.Pages.Snapshots;

/// <summary>The Vietnamese sentence for each refusal of the review pages.</summary>
public static class SnapshotErrors
{
    public const string MissingTitle = "Hãy đặt tên cho ảnh chụp (ví dụ: Sơ kết 3 năm thực hiện kế hoạch).";
    public const string TitleTooLong = "Tên ảnh chụp dài tối đa {0} ký tự.";
    public const string MissingDate = "Hãy nhập ngày chốt số liệu (dd/MM/yyyy).";
    public const string BadDate = "Ngày chốt số liệu không đúng dạng ngày/tháng/năm (dd/MM/yyyy).";
    public const string FutureDate = "Ngày chốt số liệu không được sau ngày hôm nay ({0}).";
    public const string BadYear = "Năm đánh giá phải từ {0} đến {1}.";
    public const string YearAfterDate = "Năm đánh giá không được sau năm của ngày chốt số liệu ({0}).";
    public const string Invalid = "Chưa chụp được: hãy sửa các ô được đánh dấu.";
    public const string NotAllowed = "Chỉ Sở Khoa học và Công nghệ điều phối kế hoạch mới chụp được tình hình kế hoạch.";
    public const string OtherPlans = "Hai ảnh chụp thuộc hai kế hoạch khác nhau nên không so sánh được.";
}
