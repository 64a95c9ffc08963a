using Cascade.Core.Targets;

namespace Cascade.Core.Tests.Targets;

/// <summary>
/// How far an indicator has come: the share of the way from its baseline to its goal, against the
/// share a straight line from the baseline year to the horizon expects by the latest value's year.
/// </summary>
public sealed class IndicatorProgressTests
{
    private static Measurement At(int year, decimal value) => new(year, value);

    [Theory]
    [InlineData("phấn đấu công nghiệp sinh học đóng góp 7% vào GRDP của tỉnh", IndicatorMeasure.Level)]
    [InlineData("đóng góp 7% vào tăng trưởng GRDP của tỉnh", IndicatorMeasure.Level)]
    [InlineData("công nghệ sinh học đóng góp 10 - 15% vào tăng trưởng GRDP của tỉnh", IndicatorMeasure.Level)]
    [InlineData("sản xuất ít nhất 50% sản phẩm công nghệ sinh học hiện có", IndicatorMeasure.Level)]
    [InlineData("Số lượng doanh nghiệp, hợp tác xã có hoạt động phát triển, ứng dụng công nghệ sinh học trong sản xuất, kinh doanh tăng 50%.", IndicatorMeasure.Growth)]
    [InlineData("các tổ chức công nghiệp sinh học tăng 50% về quy mô đầu tư và quy mô tăng trưởng", IndicatorMeasure.Growth)]
    [InlineData("huy động nguồn lực phát triển tăng tối thiểu 50% các doanh nghiệp công nghiệp sinh học", IndicatorMeasure.Growth)]
    [InlineData("Giảm 30% lượng hóa chất bảo vệ thực vật sử dụng trong nông nghiệp", IndicatorMeasure.Reduction)]
    [InlineData("giảm tỷ lệ chất thải chưa được xử lý xuống còn 5%", IndicatorMeasure.Level)]
    [InlineData("tỷ lệ doanh nghiệp ứng dụng công nghệ sinh học tăng lên 30%", IndicatorMeasure.Level)]
    public void TheWordingSaysWhetherTheNumberIsALevelAGrowthOrAReduction(string text, IndicatorMeasure expected)
    {
        Assert.Equal(expected, IndicatorProgress.MeasureOf(text, "%", null));
    }

    [Fact]
    public void AGrowthMeasuredAgainstANamedYearIsAGrowthWhateverTheWords()
    {
        Assert.Equal(IndicatorMeasure.Growth, IndicatorProgress.MeasureOf("Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", "%", 2030));
    }

    [Fact]
    public void ACountedThingIsALevelEvenWhenTheTextSaysIncrease()
    {
        Assert.Equal(IndicatorMeasure.Level, IndicatorProgress.MeasureOf("tăng lên 30 doanh nghiệp công nghệ sinh học", "doanh nghiệp", null));
    }

    [Fact]
    public void ALevelTargetMeasuresTheWayFromTheBaselineToTheValue()
    {
        // 7% of GRDP by 2030, from 3% in 2023: 2026 at 5% is half way, where the line expects 3/7.
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, At(2023, 3m), At(2026, 5m));

        Assert.Equal(7m, progress.Goal);
        Assert.Equal(0.5m, progress.Share);
        Assert.Equal(0.4286m, progress.ExpectedShare);
        Assert.Equal(IndicatorState.OnTrack, progress.State);
    }

    [Fact]
    public void AGrowthOfFiftyPercentAimsAtOneAndAHalfTimesTheBaseline()
    {
        // "tăng 50% số doanh nghiệp": 40 enterprises in 2024 should become 60 by 2030.
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2030, 50m, At(2024, 40m), At(2026, 44m));

        Assert.Equal(60m, progress.Goal);
        Assert.Equal(0.2m, progress.Share);
        Assert.Equal(0.3333m, progress.ExpectedShare);
        Assert.Equal(IndicatorState.OffTrack, progress.State);
    }

    [Fact]
    public void AGrowthAgainstTwentyThirtyStartsFromTheValueOfTwentyThirty()
    {
        // "tăng ít nhất 20% ... so với năm 2030", horizon 2045: 100 enterprises in 2030 → 120.
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2045, 20m, At(2030, 100m), At(2035, 110m));

        Assert.Equal(120m, progress.Goal);
        Assert.Equal(0.5m, progress.Share);
        Assert.Equal(0.3333m, progress.ExpectedShare);
        Assert.Equal(IndicatorState.OnTrack, progress.State);
    }

    [Fact]
    public void AReductionOfThirtyPercentAimsAtSevenTenthsOfTheBaseline()
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Reduction, 2030, 30m, At(2024, 200m), At(2027, 170m));

        Assert.Equal(140m, progress.Goal);
        Assert.Equal(0.5m, progress.Share);
        Assert.Equal(IndicatorState.OnTrack, progress.State);
    }

    [Fact]
    public void ALevelBelowTheBaselineIsReachedByGoingDown()
    {
        // Untreated waste down to 5% from 20%: 14% is 40% of the way, 4% is past the goal.
        var halfway = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 5m, At(2024, 20m), At(2027, 14m));
        var worse = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 5m, At(2024, 20m), At(2027, 22m));
        var reached = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 5m, At(2024, 20m), At(2028, 4m));

        Assert.Equal(0.4m, halfway.Share);
        Assert.Equal(IndicatorState.OffTrack, halfway.State);
        Assert.True(worse.Share < 0);
        Assert.Equal(IndicatorState.OffTrack, worse.State);
        Assert.Equal(IndicatorState.Achieved, reached.State);
    }

    [Fact]
    public void ARangeIsMeasuredAgainstItsLowerEndTheLeastThePlanAccepts()
    {
        var target = new Target(2045, "công nghệ sinh học đóng góp 10 - 15% vào tăng trưởng GRDP của tỉnh", 10m, 15m, "%", null);

        var progress = IndicatorProgress.Of(target, At(2025, 4m), At(2045, 11m));

        Assert.Equal(10m, progress.Goal);
        Assert.Equal(IndicatorState.Achieved, progress.State);
    }

    [Fact]
    public void ATargetWithNoValueYetSaysSo()
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, null, null);

        Assert.Equal(IndicatorState.NoValues, progress.State);
        Assert.Equal(7m, progress.Goal);
        Assert.Null(progress.Share);
    }

    [Fact]
    public void ABaselineAloneIsNotYetAValueToJudge()
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2030, 50m, At(2024, 40m), null);

        Assert.Equal(IndicatorState.NoValues, progress.State);
        Assert.Equal(60m, progress.Goal);
        Assert.Equal(At(2024, 40m), progress.Baseline);
        Assert.Null(progress.Share);
    }

    [Fact]
    public void AValueOlderThanTheBaselineIsNotProgress()
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2045, 20m, At(2030, 100m), At(2026, 80m));

        Assert.Equal(IndicatorState.NoValues, progress.State);
        Assert.Null(progress.Share);
    }

    [Fact]
    public void ValuesWithoutABaselineCannotBeMeasured()
    {
        var growth = IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2030, 50m, null, At(2025, 44m));
        var level = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, null, At(2025, 5m));

        Assert.Equal(IndicatorState.NoBaseline, growth.State);
        Assert.Null(growth.Goal);
        Assert.Equal(IndicatorState.NoBaseline, level.State);
        Assert.Equal(7m, level.Goal);
        Assert.Equal(At(2025, 5m), level.Latest);
    }

    [Theory]
    [InlineData(2026, 5.0, IndicatorState.OnTrack)]   // 2/4 of the way where the line expects 2/6
    [InlineData(2027, 4.0, IndicatorState.OffTrack)]  // 1/4 where it expects 3/6
    [InlineData(2027, 5.0, IndicatorState.OnTrack)]   // exactly on the line
    [InlineData(2029, 7.0, IndicatorState.Achieved)]  // the goal, a year early
    [InlineData(2030, 9.0, IndicatorState.Achieved)]  // beyond the goal
    [InlineData(2031, 6.0, IndicatorState.OffTrack)]  // after the horizon the line expects it all
    public void TheStateComparesTheShareWithTheStraightLine(int year, double value, IndicatorState expected)
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, At(2024, 3m), At(year, (decimal)value));

        Assert.Equal(expected, progress.State);
    }

    [Fact]
    public void TheExpectedShareRisesEvenlyFromTheBaselineYearToTheHorizon()
    {
        var expected = Enumerable.Range(2025, 7)
            .Select(year => IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7m, At(2024, 1m), At(year, 1m)).ExpectedShare)
            .ToList();

        Assert.Equal([0.1667m, 0.3333m, 0.5m, 0.6667m, 0.8333m, 1m, 1m], expected);
    }

    [Fact]
    public void AGoalAlreadyMetByTheBaselineIsAchievedOnceAValueConfirmsIt()
    {
        var progress = IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 50m, At(2024, 50m), At(2025, 52m));

        Assert.Equal(IndicatorState.Achieved, progress.State);
    }

    [Fact]
    public void OfReadsTheMeasureFromTheTargetsWording()
    {
        var growth = new Target(2030, "Số lượng doanh nghiệp ứng dụng công nghệ sinh học tăng 50%.", 50m, null, "%", null);
        var share = new Target(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);

        Assert.Equal(15m, IndicatorProgress.Of(growth, At(2024, 10m), At(2025, 11m)).Goal);
        Assert.Equal(7m, IndicatorProgress.Of(share, At(2024, 10m), At(2025, 11m)).Goal);
    }
}
