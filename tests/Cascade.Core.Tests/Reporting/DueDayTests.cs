using Cascade.Core.Reporting;

namespace Cascade.Core.Tests.Reporting;

public sealed class DueDayTests
{
    [Fact]
    public void TheThirtiethOfNovemberIsWrittenMonthFirst() => Assert.Equal("11-30", DueDay.Of(11, 30).ToString());

    [Theory]
    [InlineData("12-10", 12, 10)]
    [InlineData("02-29", 2, 29)]
    public void AWrittenDueDayIsRead(string text, int month, int day)
    {
        Assert.True(DueDay.TryParse(text, out var due));
        Assert.Equal(month, due!.Value.Month);
        Assert.Equal(day, due.Value.Day);
    }

    [Theory]
    [InlineData("11-31")]
    [InlineData("13-01")]
    [InlineData("30/11")]
    [InlineData("")]
    public void ADayThatDoesNotExistIsRefused(string text) => Assert.False(DueDay.TryParse(text, out _));

    [Fact]
    public void TheTwentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYear()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), DueDay.Of(2, 29).InYear(2025));
        Assert.Equal(new DateOnly(2028, 2, 29), DueDay.Of(2, 29).InYear(2028));
    }
}
