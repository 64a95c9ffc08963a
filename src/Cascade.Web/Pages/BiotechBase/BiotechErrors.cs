using Cascade.Core.BiotechBase;
using Cascade.Data.BiotechBase;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>The Vietnamese sentence for each refusal of the biotechnology base.</summary>
public static class BiotechErrors
{
    public const string NoFile = "Hãy chọn tệp Excel (.xlsx) theo mẫu.";
    public const string NotAllowed = "Chỉ Sở Khoa học và Công nghệ của tỉnh (điều phối) cập nhật cơ sở dữ liệu của tỉnh.";
    public const string NotCounting = "Chỉ tiêu này không đếm doanh nghiệp, sản phẩm, phòng thí nghiệm hay đề tài, dự án.";

    public static string Vietnamese(BiotechError error) => error.Code switch
    {
        "biotech.kind" => "Loại phải là: Doanh nghiệp, Sản phẩm, Phòng thí nghiệm hoặc Đề tài, dự án.",
        "biotech.sector" => "Lĩnh vực phải là: Nông nghiệp, Y tế, Công nghiệp, Môi trường, Quốc phòng, an ninh hoặc Chung.",
        "biotech.name-required" => "Hãy ghi tên.",
        "biotech.name-too-long" => "Tên quá dài (tối đa 500 ký tự).",
        "biotech.code-too-long" => "Mã số quá dài (tối đa 50 ký tự).",
        "biotech.tax-code" => "Mã số của doanh nghiệp là mã số thuế: 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.",
        "biotech.organisation-too-long" => "Tên tổ chức chủ quản quá dài (tối đa 300 ký tự).",
        "biotech.year" => "Năm phải là một năm từ 1900 đến 2100.",
        "biotech.description-too-long" => "Mô tả quá dài (tối đa 2.000 ký tự).",
        "biotech.status" => "Tình trạng phải là: Đang hoạt động, Đã hoàn thành hoặc Ngừng hoạt động.",
        "biotech.duplicate" => "Trùng với một mục đã có (cùng loại và cùng mã số, hoặc cùng tên).",
        _ => error.Message,
    };

    public static string Column(BiotechColumn column) => BiotechWorkbook.Headers.First(h => h.Column == column).Header;

    public static string Problem(WorkbookProblem problem) => problem switch
    {
        WorkbookProblem.NotAWorkbook => "Tệp không phải bảng tính Excel (.xlsx) hoặc đã hỏng.",
        WorkbookProblem.MissingColumns => "Trang đầu của tệp thiếu cột bắt buộc ở dòng tiêu đề. Hãy dùng tệp mẫu.",
        WorkbookProblem.NoRows => "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.",
        WorkbookProblem.TooManyRows => "Tệp có quá nhiều dòng (tối đa 5.000 dòng một lần).",
        _ => string.Empty,
    };
}
