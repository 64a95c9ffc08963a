using Cascade.Core.Targets;

namespace Cascade.Core.Tests.Targets;

/// <summary>A figure as people type it: a Vietnamese decimal comma or a dot, thousands grouped or not.</summary>
public sealed class IndicatorNumberTests
{
    [Theory]
    [InlineData("7,5", 7.5)]
    [InlineData("7.5", 7.5)]
    [InlineData(" 12 ", 12)]
    [InlineData("0,25", 0.25)]
    [InlineData("-3,2", -3.2)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("7,5%", 7.5)]
    public void ADecimalCommaOrADotIsAFraction(string typed, double expected)
    {
        Assert.True(IndicatorNumber.TryParse(typed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("bảy")]
    [InlineData("7,5,1")]
    [InlineData("1.23.4")]
    [InlineData("7..5")]
    [InlineData("1,2.3,4")]
    [InlineData("12abc")]
    [InlineData("1e5")]
    [InlineData("99999999999999999")]
    public void AnythingElseIsNotANumber(string? typed)
    {
        Assert.False(IndicatorNumber.TryParse(typed, out _));
    }
}
