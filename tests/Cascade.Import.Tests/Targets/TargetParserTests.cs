using Cascade.Import.Registers;
using Cascade.Import.Tests.Header;

namespace Cascade.Import.Tests.Targets;

public sealed class TargetParserTests
{
    private static IReadOnlyList<RegisterTarget> Objectives(params string[] lines) =>
        Snippets.Targets(["I. MỤC ĐÍCH, YÊU CẦU", "Tăng 100% nhận thức của cán bộ.", "II. MỤC TIÊU", .. lines, "III. NHIỆM VỤ, GIẢI PHÁP", "1. Hỗ trợ 30% kinh phí đến năm 2030."]).Targets;

    [Fact]
    public void PercentUnderAHorizonHeadingIsATargetOfThatYear()
    {
        var targets = Objectives("1. Đến năm 2030", "- Kinh tế sinh học đóng góp 5% vào GRDP của tỉnh.");

        var target = Assert.Single(targets);
        Assert.Equal(2030, target.Year);
        Assert.Equal(5m, target.Value);
        Assert.Null(target.Max);
        Assert.Equal("%", target.Unit);
        Assert.Contains("5% vào GRDP", target.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đóng góp 8 - 12% vào GRDP", 8.0, 12.0)]
    [InlineData("đóng góp 8–12% vào GRDP", 8.0, 12.0)]
    [InlineData("đóng góp từ 8% đến 12% vào GRDP", 8.0, 12.0)]
    [InlineData("đóng góp khoảng 1,5% vào GRDP", 1.5, null)]
    public void RangesAndDecimalsGiveValueAndMax(string clause, double value, double? max)
    {
        var target = Assert.Single(Objectives("b) Tầm nhìn đến năm 2045", "- " + clause + "."));

        Assert.Equal(2045, target.Year);
        Assert.Equal((decimal)value, target.Value);
        Assert.Equal(max is null ? null : (decimal)max.Value, target.Max);
    }

    [Fact]
    public void GrowthAgainstAYearKeepsThatYear()
    {
        var target = Assert.Single(Objectives("2. Tầm nhìn đến năm 2045", "Số hợp tác xã ứng dụng công nghệ sinh học tăng gấp đôi, tăng ít nhất 30% so với năm 2030."));

        Assert.Equal(2045, target.Year);
        Assert.Equal(30m, target.Value);
        Assert.Equal(2030, target.RelativeTo);
    }

    [Fact]
    public void CountedThingIsTheUnit()
    {
        var target = Assert.Single(Objectives("a) Đến năm 2030", "- Hình thành ít nhất 05 doanh nghiệp công nghệ sinh học."));

        Assert.Equal(5m, target.Value);
        Assert.Equal("doanh nghiệp", target.Unit);
    }

    [Fact]
    public void AmountsKeepTheirMultiplier()
    {
        var target = Assert.Single(Objectives("a) Đến năm 2030", "- Giá trị sản phẩm đạt 1.200 tỷ đồng."));

        Assert.Equal(1200m, target.Value);
        Assert.Equal("tỷ đồng", target.Unit);
    }

    [Fact]
    public void QualitativeObjectivesYearsAndDocumentNumbersAreNotTargets()
    {
        var targets = Objectives(
            "1. Mục tiêu chung: thực hiện Nghị quyết số 36-NQ/TW giai đoạn 2021-2025, định hướng đến năm 2030, tầm nhìn đến năm 2045.",
            "2. Mục tiêu cụ thể đến năm 2030",
            "- Ngày 15/3/2024 ban hành đề án; công nghệ sinh học trở thành ngành kinh tế quan trọng.");

        Assert.Empty(targets);
    }

    [Fact]
    public void SeveralNumbersInOneClauseAreSeveralTargets()
    {
        var targets = Objectives("a) Đến năm 2030", "- Các doanh nghiệp tăng 40% về quy mô, làm chủ ít nhất 60% công nghệ nền; đóng góp 6% vào GRDP.");

        Assert.Equal([40m, 60m, 6m], targets.Select(t => t.Value!.Value));
        Assert.Equal("Các doanh nghiệp tăng 40% về quy mô", targets[0].Text);
        Assert.Equal("làm chủ ít nhất 60% công nghệ nền", targets[1].Text);
    }

    [Fact]
    public void GrowthOfGrdpAndShareOfGrdpStayDistinguishable()
    {
        var targets = Objectives("a) Đến năm 2030", "- Đóng góp 7% vào tăng trưởng GRDP; đóng góp 3% vào GRDP.");

        Assert.Contains("tăng trưởng GRDP", targets[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tăng trưởng", targets[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HorizonInsideTheSentenceHoldsForItsClause()
    {
        var targets = Objectives("Phấn đấu đến năm 2035, 45% hợp tác xã nông nghiệp ứng dụng công nghệ sinh học.");

        Assert.Equal(2035, Assert.Single(targets).Year);
    }

    [Fact]
    public void FootnoteMarksAndFootnotesAreIgnored()
    {
        var targets = Objectives(
            "a) Đến năm 2030",
            "- Công nghiệp sinh học2 đóng góp 4% vào GRDP của tỉnh.",
            "2 Công nghiệp sinh học gồm 3 nhóm ngành theo Quyết định số 12/QĐ-TTg.");

        var target = Assert.Single(targets);
        Assert.Equal(4m, target.Value);
        Assert.DoesNotContain("học2", target.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberThatIsNeitherPercentNorCountedIsWarnedAbout()
    {
        var (targets, warnings) = Snippets.Targets("II. MỤC TIÊU", "1. Đến năm 2030", "- Chỉ số đổi mới sáng tạo thuộc nhóm 10 của cả nước.", "III. NHIỆM VỤ");

        Assert.Empty(targets);
        Assert.Contains(warnings, w => w.Code == "targets.number-unclassified");
    }

    [Fact]
    public void ObjectivesOfAPlanWithoutRomanSections()
    {
        var (targets, _) = Snippets.Targets(
            "KẾ HOẠCH",
            "Mục tiêu",
            "Đến năm 2030: 20% xã có mô hình ứng dụng công nghệ sinh học.",
            "Nhiệm vụ, giải pháp",
            "Đến năm 2030 hỗ trợ 50% kinh phí.");

        Assert.Equal(20m, Assert.Single(targets).Value);
    }

    [Fact]
    public void HardWrappedObjectiveIsReadAsOneParagraph()
    {
        var targets = Objectives(
            "a) Đến năm 2030 ",
            "- Có nền công nghiệp sinh học đạt trình độ tiên tiến trên các lĩnh vực nông nghiệp, công nghiệp, y dược; ",
            "các doanh nghiệp công nghệ sinh học tăng 30% về quy mô đầu tư và quy mô tăng trưởng, bảo đảm",
            "",
            "nhu cầu thiết yếu của xã hội. ");

        Assert.Equal(30m, Assert.Single(targets).Value);
    }

    [Fact]
    public void EachNumberTakesTheHorizonNamedBeforeIt()
    {
        var targets = Objectives("1. Mục tiêu chung: đến năm 2030 kinh tế sinh học đạt 5% GRDP, đến năm 2045 đạt 10% GRDP.");

        Assert.Equal([2030, 2045], targets.Select(t => t.Year));
    }

    [Theory]
    [InlineData("a) Giai đoạn 2026 - 2030:", 2030)]
    [InlineData("- Năm 2025:", 2025)]
    [InlineData("2.1. Mục tiêu đến hết năm 2027", 2027)]
    public void PeriodHeadingsLookToTheirLastYear(string heading, int year)
    {
        var target = Assert.Single(Objectives(heading, "- Có 12 sản phẩm công nghệ sinh học được bảo hộ."));

        Assert.Equal(year, target.Year);
        Assert.Equal("sản phẩm", target.Unit);
    }

    [Fact]
    public void OneWordUnitsStayOneWord()
    {
        var target = Assert.Single(Objectives("a) Đến năm 2030", "- Mở rộng 500 ha diện tích trồng dược liệu."));

        Assert.Equal("ha", target.Unit);
        Assert.Equal(500m, target.Value);
    }
}
