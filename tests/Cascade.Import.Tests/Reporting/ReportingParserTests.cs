using Cascade.Import.Registers;
using Cascade.Import.Tests.Header;

namespace Cascade.Import.Tests.Reporting;

public sealed class ReportingParserTests
{
    private static IReadOnlyList<RegisterReporting> Implementation(params string[] lines) =>
        Snippets.Reporting(["I. MỤC ĐÍCH", "Làm cơ sở để báo cáo kết quả thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy.", "IV. TỔ CHỨC THỰC HIỆN", .. lines, "Nơi nhận:", "- Thường trực Tỉnh ủy (báo cáo);"]).Duties;

    private static RegisterReporting Duty(string frequency, string? due, string to) => new() { Frequency = frequency, Due = due, To = to };

    [Fact]
    public void AnnualReportToTheDepartmentWithItsDueDay()
    {
        var duties = Implementation("1. Các sở, ngành, địa phương định kỳ hằng năm (trước ngày 05/12) gửi báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.");

        Assert.Equal([Duty("annual", "12-05", "Sở Khoa học và Công nghệ")], duties);
    }

    [Fact]
    public void DueDayWrittenWithTheMonthWord()
    {
        var duties = Implementation("Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Phát triển nông thôn trước ngày 15 tháng 11 hằng năm.");

        Assert.Equal([Duty("annual", "11-15", "Sở Nông nghiệp và Phát triển nông thôn")], duties);
    }

    [Fact]
    public void CoordinatorsOwnClauseIsASeparateDutyForEachPeriodListed()
    {
        var duties = Implementation(
            "1. Các sở, ngành hằng năm báo cáo kết quả gửi về Sở KH&CN trước ngày 30/11.",
            "2. Sở Khoa học và Công nghệ: theo dõi, đôn đốc; định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh.");

        Assert.Equal([Duty("annual", "11-30", "Sở Khoa học và Công nghệ"), Duty("semiannual", null, "Ủy ban nhân dân tỉnh"), Duty("annual", null, "Ủy ban nhân dân tỉnh")], duties);
    }

    [Fact]
    public void ReportOnRequest()
    {
        var duties = Implementation("a) Hướng dẫn, kiểm tra; báo cáo Ủy ban nhân dân thành phố tình hình thực hiện khi có yêu cầu.");

        Assert.Equal([Duty("on-request", null, "Ủy ban nhân dân thành phố")], duties);
    }

    [Fact]
    public void PeriodicReportToTwoBodiesIsTwoDutiesAndAVagueOneIsNone()
    {
        var duties = Implementation("5. Giao UBND huyện theo dõi, định kỳ báo cáo Ban Thường vụ Huyện ủy, Thường trực Huyện ủy và báo cáo tỉnh theo quy định.");

        Assert.Equal([Duty("periodic", null, "Ban Thường vụ Huyện ủy"), Duty("periodic", null, "Thường trực Huyện ủy")], duties);
    }

    [Fact]
    public void ProposalsProblemsAndBudgetEstimatesAreNotDuties()
    {
        var duties = Implementation(
            "Trong quá trình thực hiện, các đơn vị kịp thời đề xuất điều chỉnh gửi về Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
            "Các sở lập dự toán kinh phí hằng năm, gửi Sở Tài chính để báo cáo Ủy ban nhân dân tỉnh.",
            "Nếu có khó khăn, vướng mắc, phản ánh về Sở Khoa học và Công nghệ để báo cáo Ủy ban nhân dân tỉnh.");

        Assert.Empty(duties);
    }

    [Theory]
    [InlineData("hằng quý", "quarterly")]
    [InlineData("hàng tháng", "monthly")]
    [InlineData("định kỳ 6 tháng", "semiannual")]
    [InlineData("định kỳ hoặc đột xuất", "periodic")]
    [InlineData("đột xuất", "on-request")]
    public void PeriodWords(string words, string frequency)
    {
        var duty = Assert.Single(Implementation($"Sở Y tế {words} báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện."));

        Assert.Equal(frequency, duty.Frequency);
    }

    [Fact]
    public void DepartmentsReportToEachRecipientNamed()
    {
        var duties = Implementation("Ban cán sự đảng UBND tỉnh định kỳ sơ kết, tổng kết, báo cáo Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy kết quả thực hiện.");

        Assert.Equal([Duty("periodic", null, "Ban Thường vụ Tỉnh ủy"), Duty("periodic", null, "Thường trực Tỉnh ủy")], duties);
    }

    [Fact]
    public void ReportWithoutAPeriodIsWarnedAboutNotGuessed()
    {
        var (duties, warnings) = Snippets.Reporting("V. TỔ CHỨC THỰC HIỆN", "Sở Công Thương báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.");

        Assert.Empty(duties);
        Assert.Contains(warnings, w => w.Code == "reporting.period-missing");
    }

    [Fact]
    public void ReportingSectionOfItsOwn()
    {
        var (duties, _) = Snippets.Reporting(
            "V. CHẾ ĐỘ BÁO CÁO",
            "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng năm gửi về Văn phòng Ủy ban nhân dân xã trước ngày 20/12.");

        Assert.Equal([Duty("annual", "12-20", "Văn phòng Ủy ban nhân dân xã")], duties);
    }

    [Fact]
    public void PeriodsListedTogetherEachKeepTheirDueDay()
    {
        var duties = Implementation("Chế độ báo cáo: định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước 15/12), các cơ quan gửi báo cáo về Sở Khoa học và Công nghệ.");

        Assert.Equal([Duty("semiannual", "06-15", "Sở Khoa học và Công nghệ"), Duty("annual", "12-15", "Sở Khoa học và Công nghệ")], duties);
    }

    [Fact]
    public void ReportSentThroughAnIntermediaryGoesToTheIntermediary()
    {
        var duties = Implementation("Các huyện hằng năm báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) kết quả thực hiện.");

        Assert.Equal([Duty("annual", null, "Sở Nông nghiệp và Phát triển nông thôn")], duties);
    }

    [Fact]
    public void ImplementationSectionInCapitalsWithoutNumber()
    {
        var (duties, _) = Snippets.Reporting(
            "Mục đích: làm cơ sở để hằng năm báo cáo Ban Thường vụ Tỉnh ủy.",
            "TỔ CHỨC THỰC HIỆN",
            "Văn phòng Ủy ban nhân dân tỉnh hằng quý báo cáo Chủ tịch Ủy ban nhân dân tỉnh.");

        Assert.Equal([Duty("quarterly", null, "Chủ tịch Ủy ban nhân dân tỉnh")], duties);
    }
}
