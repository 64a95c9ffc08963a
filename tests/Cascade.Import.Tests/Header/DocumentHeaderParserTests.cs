namespace Cascade.Import.Tests.Header;

public sealed class DocumentHeaderParserTests
{
    [Fact]
    public void GovernmentResolutionIssuingAProgramIsACentralResolution()
    {
        var (doc, _) = Snippets.Header(
            "CHÍNH PHỦ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 189/NQ-CP",
            "Hà Nội, ngày 16 tháng 11 năm 2023",
            "NGHỊ QUYẾT",
            "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW",
            "ngày 30 tháng 01 năm 2023 của Bộ Chính trị về công nghệ sinh học",
            "CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc;",
            "Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;",
            "QUYẾT NGHỊ:",
            "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.",
            "Điều 2. Nghị quyết này có hiệu lực từ ngày ký; Nghị quyết số 12/NQ-CP hết hiệu lực.");

        Assert.Equal("resolution", doc.Kind);
        Assert.Equal("189/NQ-CP", doc.Number);
        Assert.Equal("2023-11-16", doc.Date);
        Assert.Equal("Chính phủ", doc.Issuer);
        Assert.Equal("central", doc.Level);
        Assert.Null(doc.Locality);
        Assert.StartsWith("Ban hành Chương trình hành động của Chính phủ", doc.Title, StringComparison.Ordinal);
        Assert.Equal(["36-NQ/TW", "39/2022/NĐ-CP"], doc.Implements);
    }

    [Fact]
    public void CommunePlanTakesTheCommuneFromItsMasthead()
    {
        var (doc, _) = Snippets.Header(
            "UBND HUYỆN PHÚ TÂN",
            "ỦY BAN NHÂN DÂN XÃ HÒA LẠC",
            "Số: 45/KH-UBND",
            "Hòa Lạc, ngày 5 tháng 3 năm 2025",
            "KẾ HOẠCH",
            "Ứng dụng công nghệ sinh học trong sản xuất nông nghiệp trên địa bàn xã",
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân huyện; Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU");

        Assert.Equal("plan", doc.Kind);
        Assert.Equal("Ủy ban nhân dân xã Hòa Lạc", doc.Issuer);
        Assert.Equal("commune", doc.Level);
        Assert.Equal("Hòa Lạc", doc.Locality);
        Assert.Equal("2025-03-05", doc.Date);
        Assert.Equal(["12/KH-UBND"], doc.Implements);
    }

    [Fact]
    public void MinistryPlanIsAtMinistryLevelWithNoLocality()
    {
        var (doc, _) = Snippets.Header(
            "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
            "Số: 123/KH-BKHCN",
            "Hà Nội, ngày 15 tháng 3 năm 2024",
            "KẾ HOẠCH",
            "Triển khai Chương trình hành động của Chính phủ về công nghệ sinh học",
            "Căn cứ Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW;",
            "Bộ Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:",
            "I. MỤC TIÊU");

        Assert.Equal("Bộ Khoa học và Công nghệ", doc.Issuer);
        Assert.Equal("ministry", doc.Level);
        Assert.Null(doc.Locality);
        Assert.Equal("123/KH-BKHCN", doc.Number);
        Assert.Equal(["189/NQ-CP", "36-NQ/TW"], doc.Implements);
    }

    [Fact]
    public void TextWithoutNumberTakesTheKindItsHeadingNamesAndWarns()
    {
        var (doc, warnings) = Snippets.Header(
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
            "Thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
            "Thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:",
            "I. MỤC TIÊU",
            "Phấn đấu đưa tỉnh Cao Bằng trở thành tỉnh có nền công nghệ sinh học phát triển.");

        Assert.Equal("action-program", doc.Kind);
        Assert.Null(doc.Number);
        Assert.Null(doc.Date);
        Assert.Equal("Thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị", doc.Title);
        Assert.Equal("Ban Thường vụ Tỉnh ủy Cao Bằng", doc.Issuer);
        Assert.Equal("province", doc.Level);
        Assert.Contains(warnings, w => w.Code == "header.number-missing");
    }

    [Fact]
    public void NumberAndDateComeFromTheAppendixCaptionWhenTheMastheadHasNone()
    {
        var (doc, _) = Snippets.Header(
            "## KẾ HOẠCH",
            "**Phát triển công nghệ sinh học đến năm 2030**",
            "Thực hiện Kế hoạch số 9-KH/TU của Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:",
            "I. MỤC TIÊU",
            "Phụ lục",
            "(Kèm theo Kế hoạch số **77** /KH-UBND ngày **14** /02/2024 của UBND tỉnh Bến Tre)");

        Assert.Equal("77/KH-UBND", doc.Number);
        Assert.Equal("2024-02-14", doc.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Bến Tre", doc.Issuer);
        Assert.Equal("Bến Tre", doc.Locality);
    }

    [Fact]
    public void NumberWithoutColonAndDateWithSlashesAreRead()
    {
        var (doc, _) = Snippets.Header(
            "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
            "Số 301/KH-UBND",
            "Ninh Thuận, ngày 9/10/2024",
            "KẾ HOẠCH",
            "Phát triển công nghiệp sinh học");

        Assert.Equal("301/KH-UBND", doc.Number);
        Assert.Equal("2024-10-09", doc.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Ninh Thuận", doc.Issuer);
        Assert.Equal("Ninh Thuận", doc.Locality);
        Assert.Equal("province", doc.Level);
    }

    [Fact]
    public void ImpossibleDateIsNullWithAWarning()
    {
        var (doc, warnings) = Snippets.Header(
            "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
            "Số: 301/KH-UBND",
            "Ninh Thuận, ngày 31 tháng 02 năm 2024",
            "KẾ HOẠCH",
            "Phát triển công nghiệp sinh học");

        Assert.Null(doc.Date);
        Assert.Contains(warnings, w => w.Code == "header.date-unreadable");
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "Ủy ban nhân dân thành phố Đà Nẵng", "province")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ BẢO LỘC", "Ủy ban nhân dân thành phố Bảo Lộc", "district")]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI", "Ủy ban nhân dân huyện Chợ Mới", "district")]
    [InlineData("ỦY BAN NHÂN DÂN THỊ XÃ TÂN CHÂU", "Ủy ban nhân dân thị xã Tân Châu", "district")]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG AN HỘI", "Ủy ban nhân dân phường An Hội", "commune")]
    [InlineData("TỈNH ỦY BẮC KẠN", "Tỉnh ủy Bắc Kạn", "province")]
    [InlineData("HUYỆN ỦY LONG PHÚ", "Huyện ủy Long Phú", "district")]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ", "central")]
    public void MastheadNamesTheIssuerAndItsLevel(string masthead, string issuer, string level)
    {
        var (doc, _) = Snippets.Header(masthead, "Số: 10/KH-UBND", "KẾ HOẠCH", "Phát triển công nghệ sinh học");

        Assert.Equal(issuer, doc.Issuer);
        Assert.Equal(level, doc.Level);
    }

    [Fact]
    public void MastheadSplitOverTwoLinesAndMergedWithTheMottoColumn()
    {
        var (doc, _) = Snippets.Header(
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH SÓC TRĂNG Độc lập - Tự do - Hạnh phúc",
            "Số: 88/KH-UBND Sóc Trăng, ngày 02 tháng 4 năm 2024",
            "KẾ HOẠCH",
            "Phát triển công nghệ sinh học");

        Assert.Equal("Ủy ban nhân dân tỉnh Sóc Trăng", doc.Issuer);
        Assert.Equal("88/KH-UBND", doc.Number);
        Assert.Equal("2024-04-02", doc.Date);
    }

    [Fact]
    public void DistrictPartyCommitteeWithoutPlaceNameHasNoLocality()
    {
        var (doc, _) = Snippets.Header(
            "KẾ HOẠCH",
            "thực hiện Kế hoạch số 20-KH/TU của Ban Thường vụ Tỉnh ủy",
            "-----",
            "Thực hiện Kế hoạch số 20-KH/TU của Ban Thường vụ Tỉnh ủy; Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:",
            "I. MỤC TIÊU",
            "Phát triển kinh tế - xã hội của huyện, của tỉnh Hậu Giang.");

        Assert.Equal("Ban Thường vụ Huyện ủy", doc.Issuer);
        Assert.Equal("district", doc.Level);
        Assert.Null(doc.Locality);
        Assert.Equal("Thực hiện Kế hoạch số 20-KH/TU của Ban Thường vụ Tỉnh ủy", doc.Title);
    }
}
