using System.Collections.Concurrent;
using System.Globalization;

namespace Cascade.Core.Calendar;

/// <summary>
/// Vietnamese working days of state agencies: Monday to Friday, less the statutory holidays and their compensation
/// days (<see cref="VietnameseHolidays"/>), then corrected by the Government's yearly decisions, recorded as
/// <see cref="CalendarAmendment"/>s. An amendment wins over the rules: a <see cref="AmendmentKind.WorkingDay"/> is
/// worked even on a Saturday or a computed holiday; a <see cref="AmendmentKind.DayOff"/> is off even on a weekday.
/// </summary>
/// <remarks>
/// Immutable. The days off of a year are computed on first use and kept, so queries cost a set look-up a day.
/// Years <see cref="LunarCalendar.FirstYear"/> to <see cref="LunarCalendar.LastYear"/> are supported.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, CalendarAmendment[]> amendmentsByYear;
    private readonly ConcurrentDictionary<int, CalendarYear> years = new();

    public WorkingCalendar(IEnumerable<CalendarAmendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        var list = amendments.OrderBy(a => a.Date).ToArray();
        var twice = list.GroupBy(a => a.Date).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Two amendments for {twice.Key:yyyy-MM-dd}: one day takes one amendment."),
                nameof(amendments));
        }

        Amendments = list;
        amendmentsByYear = list.GroupBy(a => a.Date.Year).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The calendar of the rules alone, with no amendment.</summary>
    public static WorkingCalendar Statutory { get; } = new([]);

    public IReadOnlyList<CalendarAmendment> Amendments { get; }

    public bool IsWorkingDay(DateOnly date) => Year(date.Year).IsWorkingDay(date);

    /// <summary>The days off of a year (statutory, compensation and amended), in date order.</summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year) => Year(year).Holidays;

    /// <summary>
    /// The working days crossed going from <paramref name="from"/> to <paramref name="to"/> — "days left" when
    /// <paramref name="from"/> is today and <paramref name="to"/> the due day. Forward, it counts the working days
    /// after <paramref name="from"/> up to and including <paramref name="to"/> (due tomorrow: 1; due today: 0).
    /// Backward it is negative and counts the working days from <paramref name="to"/> up to but excluding
    /// <paramref name="from"/> (due on the last working day: -1). Either way it is the n for which
    /// <see cref="AddWorkingDays"/>(from, n) is <paramref name="to"/> when <paramref name="to"/> is a working day.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to >= from)
        {
            return CountWorkingDays(from.AddDays(1), to);
        }

        return -CountWorkingDays(to, from.AddDays(-1));
    }

    /// <summary>
    /// The n-th working day after <paramref name="date"/> (before it when n is negative); the date itself when n is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var left = Math.Abs(workingDays);
        var day = date;
        while (left > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>
    /// The date itself when it is a working day, else the next working day. A due day that falls on a day off moves
    /// here, later: the rule of Bộ luật Dân sự 2015 Điều 148 khoản 5 for a period ending on a day off, and the
    /// reading that never makes an agency late for a day on which it could not report.
    /// </summary>
    public DateOnly OnOrAfterWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>The date itself when it is a working day, else the last working day before it (report early).</summary>
    public DateOnly OnOrBeforeWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, -1);

    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private CalendarYear Year(int year)
    {
        if (year is < LunarCalendar.FirstYear or > LunarCalendar.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Only the years {LunarCalendar.FirstYear}–{LunarCalendar.LastYear} are supported.");
        }

        return years.GetOrAdd(year, y => new CalendarYear(y, amendmentsByYear.GetValueOrDefault(y, [])));
    }
}
