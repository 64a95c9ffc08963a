using Cascade.Core.BiotechBase;

namespace Cascade.Core.Tests.BiotechBase;

public sealed class BiotechCountsTests
{
    [Theory]
    [InlineData("Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", "%")]
    [InlineData("huy động nguồn lực phát triển tăng tối thiểu 50% các doanh nghiệp công nghiệp sinh học trong lĩnh vực nông nghiệp", "%")]
    [InlineData("Số lượng doanh nghiệp, hợp tác xã có hoạt động phát triển, ứng dụng công nghệ sinh học trong sản xuất, kinh doanh tăng 50%.", "%")]
    [InlineData("có ít nhất 10 doanh nghiệp công nghệ sinh học", "doanh nghiệp")]
    public void TargetsCountingEnterprisesAreMeasuredByTheBase(string text, string unit) =>
        Assert.Equal(BiotechEntryKind.Enterprise, BiotechCounts.CountedKind(text, unit));

    [Theory]
    [InlineData("có 5 phòng thí nghiệm đạt chuẩn", "phòng thí nghiệm", BiotechEntryKind.Laboratory)]
    [InlineData("số đề tài, dự án ứng dụng công nghệ sinh học tăng 30%", "%", BiotechEntryKind.Project)]
    [InlineData("số sản phẩm công nghệ sinh học tăng 30%", "%", BiotechEntryKind.Product)]
    public void TargetsCountingOtherEntriesAreMeasuredToo(string text, string unit, BiotechEntryKind kind) =>
        Assert.Equal(kind, BiotechCounts.CountedKind(text, unit));

    [Theory]
    [InlineData("đóng góp 7% vào tăng trưởng GRDP của tỉnh")]
    [InlineData("phấn đấu công nghiệp sinh học đóng góp 7% vào GRDP của tỉnh")]
    [InlineData("sản xuất ít nhất 50% sản phẩm công nghệ sinh học hiện có")]
    [InlineData("các tổ chức công nghiệp sinh học tăng 50% về quy mô đầu tư và quy mô tăng trưởng")]
    [InlineData("tăng trưởng 10% doanh nghiệp")]
    public void TargetsOfMoneyOrSharesAreNot(string text) =>
        Assert.Null(BiotechCounts.CountedKind(text, "%"));

    [Fact]
    public void AYearsCountLeavesOutClosedEntriesAndThoseFoundedLater()
    {
        (BiotechEntryKind, BiotechEntryStatus, int?)[] entries =
        [
            (BiotechEntryKind.Enterprise, BiotechEntryStatus.Active, 2019),
            (BiotechEntryKind.Enterprise, BiotechEntryStatus.Active, null),
            (BiotechEntryKind.Enterprise, BiotechEntryStatus.Inactive, 2015),
            (BiotechEntryKind.Enterprise, BiotechEntryStatus.Active, 2027),
            (BiotechEntryKind.Product, BiotechEntryStatus.Active, 2020),
        ];

        Assert.Equal(2, BiotechCounts.Count(entries, BiotechEntryKind.Enterprise, 2026));
        Assert.Equal(3, BiotechCounts.Count(entries, BiotechEntryKind.Enterprise, 2027));
    }
}
