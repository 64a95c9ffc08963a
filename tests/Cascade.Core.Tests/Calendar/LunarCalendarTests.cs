using System.Globalization;
using Cascade.Core.Calendar;

namespace Cascade.Core.Tests.Calendar;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    public void TetFallsOnItsKnownDay(int year, string mung1) =>
        Assert.Equal(DateOnly.Parse(mung1, CultureInfo.InvariantCulture), LunarCalendar.LunarNewYear(year));

    [Fact]
    public void TetOf2030FallsADayBeforeChinasBecauseTheNewMoonComesBeforeMidnightAtUtcPlus7()
    {
        // The new moon of February 2030 comes at about 16:07 UTC: 23:07 on 2 February in Hà Nội, 00:07 on
        // 3 February in Beijing. 3 February, often quoted, is China's date.
        Assert.Equal(new DateOnly(2030, 2, 2), LunarCalendar.LunarNewYear(2030));
    }

    [Fact]
    public void ADayJustBeforeALateNewMoonEndsTheOldMonth()
    {
        // The true new moon of May 2054 comes well after the mean one: 7 May is still in the third month.
        Assert.Equal(3, LunarCalendar.ToLunar(new DateOnly(2054, 5, 7)).Month);
        Assert.Equal(new LunarDate(2054, 4, 1), LunarCalendar.ToLunar(new DateOnly(2054, 5, 8)));
    }

    [Fact]
    public void TetOf1985FellInJanuaryInVietnamNotInFebruaryAsInChina()
    {
        // The new moon of 20 January 1985 came just before midnight at UTC+7, just after it at UTC+8.
        Assert.Equal(new DateOnly(1985, 1, 21), LunarCalendar.LunarNewYear(1985));
        Assert.Equal(new LunarDate(1985, 1, 1), LunarCalendar.ToLunar(new DateOnly(1985, 1, 21)));
    }

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void TheHungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), LunarCalendar.ToSolar(year, 3, 10));

    [Fact]
    public void MidAutumnOf2025FellOnTheSixthOfOctober() =>
        Assert.Equal(new LunarDate(2025, 8, 15), LunarCalendar.ToLunar(new DateOnly(2025, 10, 6)));

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void ALeapYearRepeatsItsKnownMonth(int year, int month) => Assert.Equal(month, LunarCalendar.LeapMonth(year));

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public void ACommonLunarYearHasNoLeapMonth(int year) => Assert.Null(LunarCalendar.LeapMonth(year));

    [Fact]
    public void TheLeapMonthFollowsTheMonthItRepeats()
    {
        // 2023 repeated the second month: 1/2 on 20 February, 1/2 nhuận on 22 March, 1/3 on 20 April.
        Assert.Equal(new DateOnly(2023, 2, 20), LunarCalendar.ToSolar(2023, 2, 1));
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(2023, 2, 1, isLeapMonth: true));
        Assert.Equal(new DateOnly(2023, 4, 20), LunarCalendar.ToSolar(2023, 3, 1));
        Assert.Equal(new LunarDate(2023, 2, 1, isLeapMonth: true), LunarCalendar.ToLunar(new DateOnly(2023, 3, 22)));
    }

    [Fact]
    public void AYearWithoutThatLeapMonthRefusesIt() =>
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(2024, 2, 1, isLeapMonth: true));

    [Fact]
    public void TheLastMonthOfGiapThinHadNoThirtiethDay()
    {
        // Tết 2025 came with no "30 Tết": 28 January 2025 was the 29th of the last month.
        Assert.Equal(new LunarDate(2024, 12, 29), LunarCalendar.ToLunar(new DateOnly(2025, 1, 28)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(2024, 12, 30));
    }

    [Fact]
    public void ALunarDateOutsideItsRangesIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 1, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 1, 0));
    }

    [Fact]
    public void AYearOutsideTheSupportedRangeIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToLunar(new DateOnly(2200, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.LunarNewYear(1898));
    }

    [Fact]
    public void EveryDayFrom1950To2150ComesBackFromTheLunarCalendar()
    {
        for (var day = new DateOnly(1950, 1, 1); day <= new DateOnly(2150, 12, 31); day = day.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(day);
            var back = LunarCalendar.ToSolar(lunar);
            Assert.True(back == day, string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} → {lunar} → {back:yyyy-MM-dd}"));
        }
    }

    [Fact]
    public void LunarDaysRunOnWithoutGapFrom1900To2199()
    {
        var previous = LunarCalendar.ToLunar(new DateOnly(1900, 1, 1));
        for (var day = new DateOnly(1900, 1, 2); day <= new DateOnly(2199, 12, 31); day = day.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(day);
            var nextDay = lunar.Day == previous.Day + 1 && lunar.Month == previous.Month
                && lunar.IsLeapMonth == previous.IsLeapMonth && lunar.Year == previous.Year;
            var nextMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            Assert.True(nextDay || nextMonth, string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}: {previous} then {lunar}"));
            previous = lunar;
        }
    }

    [Fact]
    public void TetAlwaysFallsBetweenTheTwentyFirstOfJanuaryAndTheTwentiethOfFebruary()
    {
        for (var year = LunarCalendar.FirstYear; year <= LunarCalendar.LastYear; year++)
        {
            var tet = LunarCalendar.LunarNewYear(year);
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }
}
