namespace Cascade.Core.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch). A leap month (tháng nhuận) repeats the number of the
/// month before it, so the month number alone does not name a month: <see cref="IsLeapMonth"/> does the rest.
/// </summary>
/// <remarks>
/// Only the ranges are checked here; whether a given year has that leap month, or that month a 30th day,
/// depends on the moon and is checked by <see cref="LunarCalendar.ToSolar(LunarDate)"/>.
/// </remarks>
public readonly record struct LunarDate
{
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A lunar year runs from 1 to 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A lunar month runs from 1 to 12.");
        }

        // A lunar month is 29 or 30 days long: the time between two new moons.
        if (day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A lunar month has at most 30 days.");
        }

        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public bool IsLeapMonth { get; }
}
