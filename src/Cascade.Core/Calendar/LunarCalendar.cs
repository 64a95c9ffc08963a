using static Cascade.Core.Calendar.LunarAstronomy;

namespace Cascade.Core.Calendar;

/// <summary>
/// Conversion between the Gregorian calendar and the Vietnamese lunar calendar, for solar years
/// <see cref="FirstYear"/> to <see cref="LastYear"/>.
/// </summary>
/// <remarks>
/// Method: Hồ Ngọc Đức's "Âm lịch Việt Nam" algorithm. A month begins on the local day of a new moon; month 11
/// is the one holding the winter solstice; a lunar year with 13 new moons between two months 11 has a leap
/// month, the first one in which the sun enters no new 30° sector of the ecliptic. Days are local days of
/// UTC+7: that is what makes Vietnam's Tết differ now and then from China's (UTC+8), e.g. 21 January 1985
/// in Vietnam against 20 February in China.
/// </remarks>
public static class LunarCalendar
{
    public const int FirstYear = 1900;

    public const int LastYear = 2199;

    /// <summary>Vietnam's legal time, UTC+7, in hours.</summary>
    private const double TimeZone = 7.0;

    public static LunarDate ToLunar(DateOnly date)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Only the years {FirstYear}–{LastYear} are supported.");
        }

        var day = JulianDay(date);

        // Count mean lunations; the true new moon can come up to about 14 hours after the mean one, so on rare
        // days (7 May 2054, 9 April 2062) even the last mean new moon has not yet come and the month began earlier.
        var lunation = (int)Math.Floor((day - FirstNewMoonOf1900) / SynodicMonth) + 1;
        var monthStart = NewMoonDay(lunation, TimeZone);
        while (monthStart > day)
        {
            monthStart = NewMoonDay(--lunation, TimeZone);
        }

        // Bracket the day between the starts of two months 11 (a11 ≤ monthStart < b11).
        var a11 = LunarMonth11(date.Year, TimeZone);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1, TimeZone);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1, TimeZone);
        }

        var monthsAfter11 = (monthStart - a11) / 29;
        var month = monthsAfter11 + 11;
        var isLeap = false;
        if (HasLeapMonth(a11, b11))
        {
            var leapOffset = LeapMonthOffset(a11, TimeZone);
            if (monthsAfter11 >= leapOffset)
            {
                month = monthsAfter11 + 10;
                isLeap = monthsAfter11 == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        // Months 11 and 12 (and a leap 11 or 12) belong to the lunar year that began the spring before.
        if (month >= 11 && monthsAfter11 < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day - monthStart + 1, isLeap);
    }

    public static DateOnly ToSolar(LunarDate date) => ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>
    /// The Gregorian date of a lunar date; lunar year <see cref="FirstYear"/> - 1 is accepted for the first weeks
    /// of <see cref="FirstYear"/>. Throws when the year has no such leap month or the month no 30th day.
    /// </summary>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        if (lunarYear is < FirstYear - 1 or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Only the lunar years {FirstYear - 1}–{LastYear} are supported.");
        }

        var date = new LunarDate(lunarYear, lunarMonth, lunarDay, isLeapMonth);
        var monthStart = MonthStart(date.Year, date.Month, date.IsLeapMonth);
        if (monthStart.Next - monthStart.First < date.Day)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, "That lunar month has only 29 days.");
        }

        return FromJulianDay(monthStart.First + date.Day - 1);
    }

    /// <summary>Mùng 1 Tết: the first day of the first lunar month of a year.</summary>
    public static DateOnly LunarNewYear(int year) => ToSolar(year, 1, 1);

    /// <summary>The leap month of a lunar year (the number it repeats), or null in a year of twelve months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        var previous11 = LunarMonth11(lunarYear - 1, TimeZone);
        var this11 = LunarMonth11(lunarYear, TimeZone);

        // Months 1–10 of the year lie between the months 11 of the year before and of this year; 11 and 12 after.
        if (LeapMonthBetween(previous11, this11) is { } early && early < 11)
        {
            return early;
        }

        return LeapMonthBetween(this11, LunarMonth11(lunarYear + 1, TimeZone)) is { } late && late >= 11 ? late : null;
    }

    /// <summary>The first day of a lunar month and the first day of the month after it (Julian day numbers).</summary>
    private static (int First, int Next) MonthStart(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        var (a11, b11) = lunarMonth < 11
            ? (LunarMonth11(lunarYear - 1, TimeZone), LunarMonth11(lunarYear, TimeZone))
            : (LunarMonth11(lunarYear, TimeZone), LunarMonth11(lunarYear + 1, TimeZone));
        var k = (int)Math.Floor(0.5 + ((a11 - FirstNewMoonOf1900) / SynodicMonth));
        var offset = (lunarMonth + 1) % 12; // months after month 11: 11 → 0, 12 → 1, 1 → 2, …, 10 → 11

        if (HasLeapMonth(a11, b11))
        {
            var leapOffset = LeapMonthOffset(a11, TimeZone);
            if (isLeapMonth && lunarMonth != MonthNumberAt(leapOffset - 1))
            {
                throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(isLeapMonth));
            }

            if (isLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (isLeapMonth)
        {
            throw new ArgumentException($"Lunar year {lunarYear} has no leap month.", nameof(isLeapMonth));
        }

        return (NewMoonDay(k + offset, TimeZone), NewMoonDay(k + offset + 1, TimeZone));
    }

    private static int? LeapMonthBetween(int a11, int b11) =>
        HasLeapMonth(a11, b11) ? MonthNumberAt(LeapMonthOffset(a11, TimeZone) - 1) : null;

    /// <summary>The month number of the month so many (ordinary) months after month 11.</summary>
    private static int MonthNumberAt(int monthsAfter11) => ((monthsAfter11 + 10) % 12) + 1;

    // Thirteen new moons between two months 11 make a span of 383–385 days; twelve make 354–355.
    private static bool HasLeapMonth(int a11, int b11) => b11 - a11 > 365;
}
