using Cascade.Core.Tasks;
using static Cascade.Core.Tasks.Sector;

namespace Cascade.Core.Tests.Tasks;

public sealed class SectorsTests
{
    /// <summary>The gold tasks that work in one field; every other task is general.</summary>
    private static readonly Dictionary<string, Dictionary<Sector, string[]>> Expected = new()
    {
        [GoldTasks.TraVinh] = new()
        {
            [Agriculture] = ["4", "8", "15"],
            [Industry] = ["5"],
            [Health] = ["6"],
            [Sector.Environment] = ["7"],
            [DefenceAndSecurity] = ["10", "11"],
        },
        [GoldTasks.LangSon] = new(),
        [GoldTasks.District] = new(),
        [GoldTasks.AnGiang] = new()
        {
            [Agriculture] = ["III.1.1", "V.2"],
            [Industry] = ["II.3", "III.1.2"],
            [Health] = ["III.1.3"],
            [Sector.Environment] = ["III.1.4", "III.3", "III.3b"],
            [DefenceAndSecurity] = ["III.1.5"],
        },
        [GoldTasks.HaiPhong] = new()
        {
            [Agriculture] = ["III.1", "III.2", "IV.2"],
            [Industry] = ["II.4", "III.3"],
            [Health] = ["III.4", "III.5"],
            [Sector.Environment] = ["III.7", "IV.1", "IV.3"],
        },
    };

    [Theory]
    [MemberData(nameof(GoldTasks.Plans), MemberType = typeof(GoldTasks))]
    public void EveryTaskOfTheGoldRegistersFallsInItsSector(string plan)
    {
        var expected = Expected[plan].SelectMany(e => e.Value.Select(r => (Ref: r, Sector: e.Key))).ToDictionary(e => e.Ref, e => e.Sector);
        var tasks = GoldTasks.Of(plan);

        var wrong = tasks.Select(t => (t.Ref, Expected: expected.GetValueOrDefault(t.Ref, General), Actual: Sectors.Of(t.Group, t.Title)))
            .Where(t => t.Expected != t.Actual)
            .Select(t => $"{t.Ref}: expected {t.Expected}, got {t.Actual}")
            .ToList();

        Assert.Empty(expected.Keys.Except(tasks.Select(t => t.Ref)));
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void ATaskNamingSeveralFieldsIsGeneral()
    {
        var sector = Sectors.Of(null, "Rà soát cơ chế, chính sách trong các lĩnh vực nông nghiệp, công nghiệp, y dược, môi trường");

        Assert.Equal(General, sector);
    }

    [Fact]
    public void FisheriesAndForestryAreAgriculture()
    {
        Assert.Equal(Agriculture, Sectors.Of(null, "Ứng dụng công nghệ sinh học trong nuôi trồng thủy sản"));
        Assert.Equal(Agriculture, Sectors.Of(null, "Nhân giống cây lâm nghiệp bằng nuôi cấy mô"));
    }

    [Fact]
    public void TheHeadingGivesTheFieldWhenTheTitleNamesNone()
    {
        Assert.Equal(Health, Sectors.Of("Lĩnh vực y tế", "Ứng dụng kỹ thuật giải trình tự gen"));
        Assert.Equal(Agriculture, Sectors.Of("Lĩnh vực y tế", "Ứng dụng chế phẩm sinh học trong chăn nuôi"));
    }

    [Theory]
    [InlineData("Phát triển công nghiệp sinh học trên địa bàn tỉnh")]
    [InlineData("Tạo lập môi trường thuận lợi cho khởi nghiệp đổi mới sáng tạo")]
    [InlineData("Sản xuất sản phẩm công nghệ sinh học ở quy mô công nghiệp")]
    public void WordsThatOnlyLookLikeAFieldLeaveTheTaskGeneral(string title)
    {
        Assert.Equal(General, Sectors.Of(null, title));
    }

    [Fact]
    public void FoodSecurityIsAgricultureNotSecurity()
    {
        Assert.Equal(Agriculture, Sectors.Of(null, "Ứng dụng công nghệ sinh học bảo đảm an ninh lương thực"));
    }
}
