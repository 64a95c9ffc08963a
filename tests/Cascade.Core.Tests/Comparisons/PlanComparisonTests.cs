using Cascade.Core.Comparisons;

namespace Cascade.Core.Tests.Comparisons;

public sealed class PlanComparisonTests
{
    [Fact]
    public void TheSameWordsInAnotherCaseOrSpacingAreOneWording() =>
        Assert.Equal(1.0, TitleSimilarity.Of("Phát triển  CÔNG NGHỆ sinh học", "phát triển công nghệ sinh học."));

    [Fact]
    public void SimilarityIsTheShareOfWordsInCommon()
    {
        // {ứng, dụng, công, nghệ, sinh, học, y, tế} and {ứng, dụng, công, nghệ, sinh, học, nông, nghiệp}: 6 of 10.
        Assert.Equal(0.6, TitleSimilarity.Of("Ứng dụng công nghệ sinh học trong y tế", "Ứng dụng công nghệ sinh học trong nông nghiệp"), 3);
        Assert.Equal(0.0, TitleSimilarity.Of("Tuyên truyền nâng cao nhận thức", "Hợp tác quốc tế"));
        Assert.Equal(0.0, TitleSimilarity.Of("", "và các"));
    }

    [Fact]
    public void TasksPairWithTheMostAlikeTaskOfTheOtherPlanAndTheRestStandAlone()
    {
        ComparedItem[] first =
        [
            new(1, "1", "Tuyên truyền, nâng cao nhận thức về công nghệ sinh học"),
            new(2, "2", "Ứng dụng công nghệ sinh học trong nông nghiệp"),
            new(3, "3", "Đào tạo nguồn nhân lực công nghệ sinh học"),
        ];
        ComparedItem[] second =
        [
            new(11, "I.1", "Ứng dụng công nghệ sinh học trong sản xuất nông nghiệp"),
            new(12, "I.2", "Tuyên truyền nâng cao nhận thức về phát triển công nghệ sinh học"),
            new(13, "I.3", "Hợp tác quốc tế về công nghệ sinh học biển"),
        ];

        var result = PlanComparison.Compare(first, second, [], []);

        Assert.Equal([(1, 12), (2, 11)], result.Overlaps.Select(o => (o.First.Id, o.Second.Id)));
        Assert.Equal([3], result.OnlyInFirst.Select(t => t.Id));
        Assert.Equal([13], result.OnlyInSecond.Select(t => t.Id));
    }

    [Fact]
    public void ATargetIsLackingWhereTheOtherPlanWordsNoneAlike()
    {
        ComparedItem[] first = [new(1, "2030", "Đóng góp 7% vào GRDP của tỉnh"), new(2, "2030", "Tăng 50% số doanh nghiệp công nghệ sinh học")];
        ComparedItem[] second = [new(3, "2030", "Đóng góp 7% vào GRDP")];

        var result = PlanComparison.Compare([], [], first, second);

        Assert.Equal([2], result.TargetsOnlyInFirst.Select(t => t.Id));
        Assert.Empty(result.TargetsOnlyInSecond);
    }
}
