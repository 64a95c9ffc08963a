using Cascade.Core.Calendar;

namespace Cascade.Core.Tests.Calendar;

public sealed class VietnameseHolidaysTests
{
    [Fact]
    public void AHolidayOnASundayGivesTheFollowingMondayOff()
    {
        // Giỗ Tổ Hùng Vương 2026 (10/3 âm lịch) is Sunday 26 April.
        var holidays = VietnameseHolidays.InYear(2026);

        Assert.Contains(new Holiday(new DateOnly(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", HolidayKind.Statutory), holidays);
        Assert.Contains(new Holiday(new DateOnly(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", HolidayKind.Compensation), holidays);
    }

    [Fact]
    public void NewYearsDayOnASundayIsMadeUpOnMonday()
    {
        var compensation = Assert.Single(VietnameseHolidays.InYear(2023), h => h.Name == "Nghỉ bù Tết Dương lịch");
        Assert.Equal(new DateOnly(2023, 1, 2), compensation.Date);
        Assert.Equal(HolidayKind.Compensation, compensation.Kind);
    }

    [Fact]
    public void TwoHolidaysOnAWeekendGiveTheNextTwoWorkingDaysOff()
    {
        // 30/4/2022 was a Saturday and 1/5/2022 a Sunday: Monday 2 and Tuesday 3 May were off.
        var compensation = VietnameseHolidays.InYear(2022)
            .Where(h => h.Kind == HolidayKind.Compensation && h.Date.Month == 5)
            .Select(h => h.Date);
        Assert.Equal([new DateOnly(2022, 5, 2), new DateOnly(2022, 5, 3)], compensation);
    }

    [Fact]
    public void QuocKhanh2025IsMondayTheFirstAndTuesdayTheSecondOfSeptember()
    {
        var september = VietnameseHolidays.InYear(2025).Where(h => h.Date.Month == 9).ToList();

        Assert.Equal(
            [
                new Holiday(new DateOnly(2025, 9, 1), "Quốc khánh (ngày liền kề)", HolidayKind.Statutory),
                new Holiday(new DateOnly(2025, 9, 2), "Quốc khánh (2/9)", HolidayKind.Statutory),
            ],
            september);
    }

    [Theory]
    [InlineData(2021, 3)] // Thursday 2/9: Friday 3/9 joins the weekend
    [InlineData(2022, 1)] // Friday: Thursday 1/9
    [InlineData(2023, 1)] // Saturday: Friday 1/9
    [InlineData(2024, 3)] // Monday: Tuesday 3/9, since 1/9 is a Sunday
    [InlineData(2025, 1)] // Tuesday: Monday 1/9
    public void TheDayNextToQuocKhanhIsTheOneTheGovernmentChose(int year, int day) =>
        Assert.Equal(new DateOnly(year, 9, day), VietnameseHolidays.DayNextToNationalDay(year));

    [Fact]
    public void Tet2026IsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew()
    {
        // Mùng 1 is Tuesday 17 February 2026; the five days fall Monday to Friday, so nothing is made up.
        var tet = VietnameseHolidays.InYear(2026).Where(h => h.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).ToList();

        Assert.Equal(Enumerable.Range(16, 5).Select(d => new DateOnly(2026, 2, d)), tet.Select(h => h.Date));
        Assert.Equal("Tết Nguyên đán (29 tháng Chạp)", tet[0].Name);
        Assert.Equal("Tết Nguyên đán (mùng 1)", tet[1].Name);
    }

    [Fact]
    public void TetDaysOnAWeekendAreMadeUpAfterTet()
    {
        // Mùng 1 of 2024 was Saturday 10 February: 9–13 February, then Wednesday 14 and Thursday 15 made up.
        var compensation = VietnameseHolidays.InYear(2024).Where(h => h.Kind == HolidayKind.Compensation).Select(h => h.Date).ToList();

        Assert.Contains(new DateOnly(2024, 2, 14), compensation);
        Assert.Contains(new DateOnly(2024, 2, 15), compensation);
    }

    [Fact]
    public void EveryYearGivesElevenWeekdaysOff()
    {
        // Eleven statutory days, each lost to a weekend given back: the weekdays off never change in number.
        for (var year = LunarCalendar.FirstYear; year <= LunarCalendar.LastYear; year++)
        {
            var holidays = VietnameseHolidays.InYear(year);
            Assert.Equal(11, holidays.Count(h => !VietnameseHolidays.IsWeekend(h.Date)));
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
        }
    }

    [Fact]
    public void TwoHolidaysOnOneDayGiveADayBack()
    {
        // Giỗ Tổ Hùng Vương fell on 30 April in 1947 (Wednesday); 1 May is taken, so 2 May is given back.
        var holidays = VietnameseHolidays.InYear(1947);

        Assert.Single(holidays, h => h.Date == new DateOnly(1947, 4, 30));
        Assert.Contains(holidays, h => h.Date == new DateOnly(1947, 5, 2) && h.Kind == HolidayKind.Compensation);
    }
}
