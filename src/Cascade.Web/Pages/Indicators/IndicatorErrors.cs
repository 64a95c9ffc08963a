using System.Globalization;

namespace Cascade.Web.Pages.Indicators;

/// <summary>A message for the user: the Vietnamese text (the resource key) and what fills its blanks.</summary>
public sealed record Message(string Text, params object[] Args)
{
    /// <summary>The Vietnamese sentence, for API clients.</summary>
    public string Vietnamese => Args.Length == 0 ? Text : string.Format(CultureInfo.GetCultureInfo("vi-VN"), Text, Args);
}

/// <summary>The Vietnamese sentence for each refusal of the indicator forms.</summary>
public static class IndicatorErrors
{
    public const string MissingValue = "Hãy nhập giá trị.";
    public const string BadNumber = "Giá trị phải là một số, ví dụ 7,5 hoặc 1.250.";
    public const string BadYear = "Năm phải từ {0} đến {1}.";
    public const string BaseYear = "Chỉ tiêu này tính so với năm {0}: giá trị cơ sở phải là số liệu của năm {0}.";
    public const string MissingSource = "Hãy ghi nguồn số liệu (ví dụ: Niên giám thống kê tỉnh năm 2025).";
    public const string SourceTooLong = "Nguồn số liệu dài tối đa {0} ký tự.";
    public const string MissingDate = "Hãy nhập ngày công bố số liệu (dd/MM/yyyy).";
    public const string BadDate = "Ngày công bố không đúng dạng ngày/tháng/năm (dd/MM/yyyy).";
    public const string FutureDate = "Ngày công bố không được sau ngày hôm nay ({0}).";
    public const string Invalid = "Số liệu chưa được lưu: hãy sửa các ô được đánh dấu.";
    public const string NotAllowed = "Tài khoản của bạn không được nhập số liệu cho chỉ tiêu này.";
    public const string ReplaceYear = "Năm {0} đã có giá trị {1} (nguồn: {2}). Kiểm tra rồi bấm “Thay thế” nếu giá trị bạn nhập là số liệu đúng.";
    public const string ReplaceBaseline = "Chỉ tiêu đã có giá trị cơ sở {1} của năm {0} (nguồn: {2}). Kiểm tra rồi bấm “Thay thế” nếu giá trị bạn nhập là số liệu đúng.";
    public const string Changed = "Số liệu này vừa được người khác thay đổi; hãy kiểm tra rồi lưu lại.";
    public const string UnknownAgency = "Cơ quan được chọn không có trong kế hoạch này.";
}
