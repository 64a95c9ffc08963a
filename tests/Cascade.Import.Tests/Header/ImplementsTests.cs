namespace Cascade.Import.Tests.Header;

public sealed class ImplementsTests
{
    [Fact]
    public void DocumentsOfTheOpeningComeOnceInOrderOfFirstAppearance()
    {
        var (doc, _) = Snippets.Header(
            "KẾ HOẠCH",
            "Thực hiện Chương trình hành động số 31-CTr/TU của Tỉnh ủy",
            "Căn cứ Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị;",
            "Thực hiện Chương trình hành động số 31 - CTr/TU ngày 2/8/2023 của Tỉnh ủy về thực hiện Nghị quyết số 36-NQ/TW; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU");

        Assert.Equal(["31-CTr/TU", "36-NQ/TW"], doc.Implements);
    }

    [Fact]
    public void DocumentMentionedLaterForAnotherPurposeIsNotImplemented()
    {
        var (doc, _) = Snippets.Header(
            "KẾ HOẠCH",
            "Thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
            "Thực hiện Nghị quyết số 36-NQ/TW; Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Gắn với thực hiện Nghị quyết số 30-NQ/TW của Bộ Chính trị về phát triển vùng đến năm 2030.",
            "III. NHIỆM VỤ",
            "1. Triển khai Quyết định số 429/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển.");

        Assert.Equal(["36-NQ/TW"], doc.Implements);
    }

    [Fact]
    public void DocumentDescribedAsCarryingOutAnImplementedOneJoinsTheCascade()
    {
        var (doc, _) = Snippets.Header(
            "KẾ HOẠCH",
            "thực hiện Kế hoạch số 7-KH/TU của Ban Thường vụ Tỉnh ủy",
            "Thực hiện Kế hoạch số 7-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 36-NQ/TW (gọi tắt là Nghị quyết 36); Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Tuyên truyền Nghị quyết 36 và Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 36 (gọi tắt là Nghị quyết 189).",
            "2. Phối hợp thực hiện Kế hoạch số 99/KH-UBND của Ủy ban nhân dân tỉnh về chuyển đổi số.");

        Assert.Equal(["7-KH/TU", "36-NQ/TW", "189/NQ-CP"], doc.Implements);
    }

    [Fact]
    public void OwnNumberIsNeverImplemented()
    {
        var (doc, _) = Snippets.Header(
            "Số: 50/KH-UBND",
            "KẾ HOẠCH",
            "Thực hiện Nghị quyết số 36-NQ/TW",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 50/KH-UBND thực hiện Nghị quyết số 36-NQ/TW như sau:",
            "I. MỤC TIÊU");

        Assert.Equal(["36-NQ/TW"], doc.Implements);
    }

    [Fact]
    public void NumberBrokenAcrossHardWrappedLinesIsJoined()
    {
        var (doc, _) = Snippets.Header(
            " KẾ HOẠCH ",
            "Triển khai thực hiện Nghị quyết số 36-",
            "NQ/TW ngày 30/01/2023 của Bộ Chính trị",
            "",
            "Căn cứ Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ về việc ban hành Chương trình hành động của",
            "CÔNG BÁO/Số 1234 + 1235/Ngày 25-11-2023",
            "12",
            "Chính phủ thực hiện Nghị quyết số 36-NQ/TW;",
            "I. MỤC TIÊU");

        Assert.Equal("Triển khai thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị", doc.Title);
        Assert.Equal(["36-NQ/TW", "189/NQ-CP"], doc.Implements);
    }
}
