using Cascade.Core.Tasks;
using static Cascade.Core.Tasks.SolutionGroup;

namespace Cascade.Core.Tests.Tasks;

public sealed class SolutionGroupsTests
{
    /// <summary>Each gold task's group, as a reader of the plan places it under Resolution 36's five.</summary>
    private static readonly Dictionary<string, Dictionary<SolutionGroup, string[]>> Expected = new()
    {
        // No group headings: the titles decide.
        [GoldTasks.TraVinh] = new()
        {
            [Awareness] = ["1", "2"],
            [LawsAndPolicies] = ["3"],
            [DevelopmentAndApplication] = ["4", "5", "6", "7", "8", "9", "10", "11"],
            [HumanResourcesAndFacilities] = ["12", "13", "14", "15"],
            [InternationalCooperation] = ["16"],
        },
        [GoldTasks.LangSon] = new()
        {
            [Awareness] = ["1", "2", "3"],
            [Other] = ["4"],
        },
        [GoldTasks.District] = new()
        {
            [Awareness] = ["1", "3", "5"],
            [Other] = ["2", "4", "6"],
        },

        // Headed plans: the heading decides, whatever the title says.
        [GoldTasks.AnGiang] = new()
        {
            [Awareness] = ["I.1", "I.2", "I.3", "I.4"],
            [LawsAndPolicies] = ["II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8"],
            [DevelopmentAndApplication] = ["III.1.1", "III.1.2", "III.1.3", "III.1.4", "III.1.5", "III.2", "III.3", "III.3b", "III.4"],
            [HumanResourcesAndFacilities] = ["IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6"],
            [InternationalCooperation] = ["V.1", "V.2", "V.3", "V.4"],
        },
        [GoldTasks.HaiPhong] = new()
        {
            [Awareness] = ["I.1"],
            [LawsAndPolicies] = ["II.1", "II.2", "II.3", "II.4"],
            [DevelopmentAndApplication] = ["III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7"],
            [HumanResourcesAndFacilities] = ["IV.1", "IV.2", "IV.3", "IV.4", "IV.5"],
            [InternationalCooperation] = ["V.1", "V.2"],
        },
    };

    [Theory]
    [MemberData(nameof(GoldTasks.Plans), MemberType = typeof(GoldTasks))]
    public void EveryTaskOfTheGoldRegistersFallsInItsGroup(string plan)
    {
        var expected = Expected[plan].SelectMany(e => e.Value.Select(r => (Ref: r, Group: e.Key))).ToDictionary(e => e.Ref, e => e.Group);
        var tasks = GoldTasks.Of(plan);

        var wrong = tasks.Select(t => (t.Ref, Expected: expected.GetValueOrDefault(t.Ref, (SolutionGroup)(-1)), Actual: SolutionGroups.Of(t.Group, t.Title)))
            .Where(t => t.Expected != t.Actual)
            .Select(t => $"{t.Ref}: expected {t.Expected}, got {t.Actual}")
            .ToList();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), tasks.Select(t => t.Ref).Order(StringComparer.Ordinal));
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void TheHeadingDecidesOverTheTitle()
    {
        var group = SolutionGroups.Of("Đẩy mạnh hợp tác quốc tế về công nghệ sinh học", "Tăng cường đào tạo nhân lực công nghệ sinh học");

        Assert.Equal(InternationalCooperation, group);
    }

    [Fact]
    public void AHeadingThatNamesNoGroupLeavesTheTitleToDecide()
    {
        var group = SolutionGroups.Of("Nhiệm vụ trọng tâm", "Xây dựng cơ chế, chính sách thu hút đầu tư");

        Assert.Equal(LawsAndPolicies, group);
    }

    [Fact]
    public void AHeadingNamingAFieldIsApplicationInThatField()
    {
        Assert.Equal(DevelopmentAndApplication, SolutionGroups.Of("Trong lĩnh vực y tế", "Xây dựng phòng xét nghiệm sinh học phân tử"));
    }

    [Theory]
    [InlineData("Hỗ trợ hợp tác xã ứng dụng chế phẩm vi sinh", DevelopmentAndApplication)]
    [InlineData("Sở Giáo dục và Đào tạo chủ trì triển khai mô hình ứng dụng trong trường học", DevelopmentAndApplication)]
    [InlineData("TUYÊN TRUYỀN về công nghệ sinh học", Awareness)]
    [InlineData("Tuyen truyen ve cong nghe sinh hoc", Awareness)]
    public void WordsAreReadFoldedAndNotMistakenForAnotherGroup(string title, SolutionGroup expected)
    {
        Assert.Equal(expected, SolutionGroups.Of(null, title));
    }

    [Fact]
    public void ATaskOfOrganisingAndMonitoringIsOther()
    {
        Assert.Equal(Other, SolutionGroups.Of(null, "Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; định kỳ báo cáo kết quả."));
    }
}
