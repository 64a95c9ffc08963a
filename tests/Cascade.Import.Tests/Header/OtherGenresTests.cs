namespace Cascade.Import.Tests.Header;

public sealed class OtherGenresTests
{
    [Fact]
    public void DecisionIssuingAPlanIsADecisionBasedOnItsCitedDocumentsNotOnTheProposal()
    {
        var (doc, _) = Snippets.Header(
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            "Số: 812/QĐ-UBND",
            "Quảng Ngãi, ngày 20 tháng 6 năm 2024",
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch thực hiện Chương trình hành động số 40-CTr/TU của Tỉnh ủy",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 10/6/2024.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.");

        Assert.Equal("decision", doc.Kind);
        Assert.Equal("812/QĐ-UBND", doc.Number);
        Assert.Equal("2024-06-20", doc.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", doc.Issuer);
        Assert.Equal("Ban hành Kế hoạch thực hiện Chương trình hành động số 40-CTr/TU của Tỉnh ủy", doc.Title);
        Assert.Equal(["40-CTr/TU", "189/NQ-CP"], doc.Implements);
    }

    [Fact]
    public void PartyProgramWithItsCommitteeInTheMasthead()
    {
        var (doc, _) = Snippets.Header(
            "TỈNH ỦY HÀ GIANG ĐẢNG CỘNG SẢN VIỆT NAM",
            "*",
            "Số 31-CTr/TU Hà Giang, ngày 14 tháng 9 năm 2023",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
            "-----",
            "Thực hiện Nghị quyết số 36-NQ/TW, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:",
            "I. MỤC TIÊU");

        Assert.Equal("action-program", doc.Kind);
        Assert.Equal("31-CTr/TU", doc.Number);
        Assert.Equal("2023-09-14", doc.Date);
        Assert.Equal("Ban Thường vụ Tỉnh ủy Hà Giang", doc.Issuer);
        Assert.Equal("Hà Giang", doc.Locality);
        Assert.Equal("province", doc.Level);
    }

    [Fact]
    public void GazetteRunningHeadersAndPageNumbersDoNotBreakTheText()
    {
        var (doc, _) = Snippets.Header(
            "CÔNG BÁO/Số 1301 + 1302/Ngày 30-11-2023 3",
            "CHÍNH PHỦ",
            "Số: 189/NQ-CP",
            "Hà Nội, ngày 16 tháng 11 năm 2023",
            "NGHỊ QUYẾT",
            "Ban hành Chương trình hành động của Chính phủ thực hiện",
            "4 CÔNG BÁO/Số 1301 + 1302/Ngày 30-11-2023",
            "Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị",
            "CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "QUYẾT NGHỊ:");

        Assert.Equal("Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị", doc.Title);
        Assert.Equal("central", doc.Level);
        Assert.Equal(["36-NQ/TW"], doc.Implements);
    }

    [Fact]
    public void MastheadAsATableOfTwoColumns()
    {
        var warnings = new List<Cascade.Import.Reading.ImportWarning>();
        var source = new Cascade.Import.Reading.SourceDocument(
        [
            new Cascade.Import.Reading.Table(
            [
                new([new("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\nSố: 250/KH-UBND"), new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 12 tháng 7 năm 2024")]),
            ]),
            new Cascade.Import.Reading.Paragraph("KẾ HOẠCH", HeadingLevel: 1, IsBold: true),
            new Cascade.Import.Reading.Paragraph("Phát triển công nghệ sinh học", IsBold: true),
        ], []);

        var doc = Cascade.Import.Parsing.DocumentHeaderParser.Parse(source, warnings);

        Assert.Equal("250/KH-UBND", doc.Number);
        Assert.Equal("2024-07-12", doc.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Đồng Tháp", doc.Issuer);
        Assert.Equal("Phát triển công nghệ sinh học", doc.Title);
    }

    [Fact]
    public void AbbreviatedMastheadIsExpanded()
    {
        var (doc, _) = Snippets.Header("UBND TỈNH AN GIANG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Phát triển công nghệ sinh học");

        Assert.Equal("Ủy ban nhân dân tỉnh An Giang", doc.Issuer);
    }

    [Fact]
    public void DepartmentPlanIsAtProvinceLevelInItsProvince()
    {
        var (doc, _) = Snippets.Header(
            "UBND TỈNH KIÊN GIANG",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "Số: 98/KH-SKHCN",
            "KẾ HOẠCH",
            "Ứng dụng công nghệ sinh học năm 2025");

        Assert.Equal("Sở Khoa học và Công nghệ", doc.Issuer);
        Assert.Equal("province", doc.Level);
        Assert.Equal("Kiên Giang", doc.Locality);
    }

    [Fact]
    public void WebCopyWithPipesAndMastheadCellsWrappedOverLines()
    {
        var (doc, _) = Snippets.Header(
            "ỦY BAN NHÂN DÂN",
            "TỈNH BÌNH PHƯỚC",
            "-------",
            "|",
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "|",
            "Số:",
            "77/2024/QĐ-UBND",
            "|",
            "Bình Phước, ngày 18",
            "tháng 10 năm 2024",
            "|",
            "QUYẾT ĐỊNH",
            "BAN",
            "HÀNH KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ SINH HỌC TRÊN ĐỊA BÀN TỈNH BÌNH",
            "PHƯỚC",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
            "Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18 tháng",
            "6 năm 2013;",
            "theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Văn bản số 310/SKHCN-QLCN.",
            "QUYẾT ĐỊNH:");

        Assert.Equal("decision", doc.Kind);
        Assert.Equal("77/2024/QĐ-UBND", doc.Number);
        Assert.Equal("2024-10-18", doc.Date);
        Assert.Equal("Ủy ban nhân dân tỉnh Bình Phước", doc.Issuer);
        Assert.Equal("BAN HÀNH KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ SINH HỌC TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC", doc.Title);
        Assert.Equal(["29/2013/QH13"], doc.Implements);
    }

    [Fact]
    public void TitleInCapitalsAndProposalInLowerCase()
    {
        var (doc, _) = Snippets.Header(
            "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
            "Số: 140/KH-UBND",
            "KẾ HOẠCH",
            "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 12-CTR/TU CỦA TỈNH ỦY VỀ CÔNG NGHỆ SINH HỌC",
            "Thực hiện Chương trình hành động số 12-CTr/TU ngày 3/4/2023 của Tỉnh ủy; theo đề nghị của Sở Khoa học và Công nghệ tại Văn bản số 51/SKHCN-QLKH ngày 2/6/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU");

        Assert.Equal(["12-CTR/TU"], doc.Implements);
        Assert.Equal("Ủy ban nhân dân tỉnh Thái Bình", doc.Issuer);
    }

    [Fact]
    public void AttachedPlanWithItsDecisionNoteUnderTheHeading()
    {
        var (doc, _) = Snippets.Header(
            "KẾ HOẠCH",
            "(Ban hành kèm theo Quyết định số 1020/QĐ-UBND ngày 04/9/2023 của UBND tỉnh Lâm Đồng)",
            "Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy về công nghệ sinh học",
            "I. MỤC ĐÍCH, YÊU CẦU");

        Assert.Equal("decision", doc.Kind);
        Assert.Equal("1020/QĐ-UBND", doc.Number);
        Assert.Equal("2023-09-04", doc.Date);
        Assert.Equal("Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy về công nghệ sinh học", doc.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Lâm Đồng", doc.Issuer);
        Assert.Equal(["15-CTr/TU"], doc.Implements);
    }
}
