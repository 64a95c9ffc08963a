using Cascade.Core.Timeframes;

namespace Cascade.Core.Tests.Timeframes;

public sealed class TimeframeTests
{
    [Fact]
    public void ARangeIsDueAtTheEndOfItsLastYear()
    {
        var range = Timeframe.Range("2024-2030", 2024, 2030);

        Assert.Equal(new DateOnly(2030, 12, 31), range.Due);
        Assert.Equal(TimeframeKind.Range, range.Kind);
    }

    [Fact]
    public void ARangeEndingInAQuarterIsDueAtThatQuartersEnd() =>
        Assert.Equal(new DateOnly(2030, 9, 30), Timeframe.Range("Từ quý III/2026 đến quý III/2030", 2026, 2030, new DateOnly(2030, 9, 30)).Due);

    [Fact]
    public void ARangeCannotRunBackwards() =>
        Assert.Throws<ArgumentException>(() => Timeframe.Range("2030-2024", 2030, 2024));

    [Fact]
    public void ARangeCannotBeDueOutsideItsLastYear() =>
        Assert.Throws<ArgumentException>(() => Timeframe.Range("2024-2030", 2024, 2030, new DateOnly(2031, 1, 1)));

    [Fact]
    public void YearsOutsideAnyPlanAreTypingErrors() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Timeframe.Deadline("20244", new DateOnly(2244, 12, 31)));

    [Fact]
    public void AStoredDeadlineWithoutItsDateIsRefused() =>
        Assert.Throws<ArgumentException>(() => Timeframe.Restore(TimeframeKind.Deadline, "2024", null, null, null));

    [Fact]
    public void RestoringGivesTheSameValueAsTheFactory()
    {
        var annual = Timeframe.Annual("Năm 2024 và những năm tiếp theo", from: 2024);

        Assert.Equal(annual, Timeframe.Restore(annual.Kind, annual.Text, annual.From, annual.To, annual.Due));
    }
}
