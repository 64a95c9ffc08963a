namespace Cascade.Core.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's "Âm lịch Việt Nam" algorithm:
/// mean new moons corrected by the periodic terms of Jean Meeus ("Astronomical Formulae for Calculators")
/// and the apparent longitude of the sun, both reduced to local days of a given time zone.
/// Days are Julian day numbers (whole days, counted at local noon).
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>The mean length of a lunation (synodic month), in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian day of the new moon of 1900-01-01, the origin of the lunation count k.</summary>
    public const double FirstNewMoonOf1900 = 2415021.076998695;

    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), which is Julian day 1721426.
    private const int JulianDayOfDayNumberZero = 1721426;

    private const double Radian = Math.PI / 180;

    public static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>The local day (Julian day number) of the k-th new moon after the one of January 1900.</summary>
    public static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24));

    /// <summary>
    /// Which twelfth of the ecliptic (0–11, 30° each) the sun is in at the start of a local day; sector 9 begins
    /// at the winter solstice (270°), which must fall in lunar month 11.
    /// </summary>
    public static int SunLongitudeSector(int julianDay, double timeZoneHours) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (timeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The first day of lunar month 11 (the month holding the winter solstice) of a Gregorian year.</summary>
    public static int LunarMonth11(int year, double timeZoneHours)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k, timeZoneHours);

        // The last new moon of the year may come after the solstice: then month 11 began one lunation earlier.
        return SunLongitudeSector(newMoon, timeZoneHours) >= 9 ? NewMoonDay(k - 1, timeZoneHours) : newMoon;
    }

    /// <summary>
    /// In a lunar year of 13 months (from month 11 starting on <paramref name="month11"/>), how many months after
    /// month 11 the leap month comes: the first month in which the sun enters no new sector (no "trung khí").
    /// </summary>
    public static int LeapMonthOffset(int month11, double timeZoneHours)
    {
        var k = (int)Math.Floor(((month11 - FirstNewMoonOf1900) / SynodicMonth) + 0.5);
        var offset = 1;
        var sector = SunLongitudeSector(NewMoonDay(k + offset, timeZoneHours), timeZoneHours);
        int previous;
        do
        {
            previous = sector;
            offset++;
            sector = SunLongitudeSector(NewMoonDay(k + offset, timeZoneHours), timeZoneHours);
        }
        while (sector != previous && offset < 14);

        return offset - 1;
    }

    /// <summary>The Julian day (with fraction, UTC) of the k-th new moon after the one of January 1900.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900 January 0.5
        var t2 = t * t;
        var t3 = t2 * t;

        var meanNewMoon = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var moonLatitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        var m = sunAnomaly;
        var mp = moonAnomaly;
        var f = moonLatitude;
        var correction = ((0.1734 - (0.000393 * t)) * Sin(m))
            + (0.0021 * Sin(2 * m))
            - (0.4068 * Sin(mp))
            + (0.0161 * Sin(2 * mp))
            - (0.0004 * Sin(3 * mp))
            + (0.0104 * Sin(2 * f))
            - (0.0051 * Sin(m + mp))
            - (0.0074 * Sin(m - mp))
            + (0.0004 * Sin((2 * f) + m))
            - (0.0004 * Sin((2 * f) - m))
            - (0.0006 * Sin((2 * f) + mp))
            + (0.0010 * Sin((2 * f) - mp))
            + (0.0005 * Sin((2 * mp) + m));

        // Difference between dynamical time and universal time (ΔT), in days.
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return meanNewMoon + correction - deltaT;
    }

    /// <summary>The sun's apparent longitude, in radians (0 to 2π), at a Julian day with fraction (UTC).</summary>
    private static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
        var t2 = t * t;
        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly))
            + (0.000290 * Sin(3 * meanAnomaly));

        var longitude = (meanLongitude + centre) * Radian;
        return longitude - (2 * Math.PI * Math.Floor(longitude / (2 * Math.PI)));
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Radian);
}
