using Cascade.Core.Calendar;
using FsCheck.Xunit;

namespace Cascade.Core.Tests.Calendar;

public sealed class WorkingCalendarProperties
{
    private static readonly DateOnly Origin = new(2000, 1, 1);

    private static readonly WorkingCalendar Calendar = new(
    [
        new CalendarAmendment(new DateOnly(2025, 1, 27), AmendmentKind.DayOff, "Hoán đổi ngày làm việc"),
        new CalendarAmendment(new DateOnly(2025, 2, 8), AmendmentKind.WorkingDay, "Làm bù"),
    ]);

    // Any day of 2000–2099, drawn from an arbitrary integer.
    private static DateOnly Day(int seed) => Origin.AddDays((int)((uint)seed % 36525));

    [Property(MaxTest = 300)]
    public bool CountingTheWorkingDaysAddedGivesBackTheirNumber(int seed, short workingDays)
    {
        var from = Day(seed);
        var n = workingDays % 400;
        return Calendar.WorkingDaysBetween(from, Calendar.AddWorkingDays(from, n)) == n;
    }

    [Property(MaxTest = 300)]
    public bool AddingTheWorkingDaysBetweenTwoDaysReachesTheWorkingOne(int seed, short distance)
    {
        var from = Day(seed);
        var to = Calendar.OnOrAfterWorkingDay(from.AddDays(distance % 500));
        return Calendar.AddWorkingDays(from, Calendar.WorkingDaysBetween(from, to)) == to;
    }

    [Property(MaxTest = 300)]
    public bool GoingBackCountsTheSameDaysNegated(int seed, short distance)
    {
        var from = Day(seed);
        var to = from.AddDays(distance % 500);
        return Calendar.WorkingDaysBetween(to, from) == -Calendar.WorkingDaysBetween(from, to)
            || !Calendar.IsWorkingDay(from) || !Calendar.IsWorkingDay(to);
    }

    [Property(MaxTest = 300)]
    public bool TheNextWorkingDayIsAWorkingDayNoEarlierThanTheDate(int seed)
    {
        var day = Day(seed);
        var next = Calendar.OnOrAfterWorkingDay(day);
        var previous = Calendar.OnOrBeforeWorkingDay(day);
        return Calendar.IsWorkingDay(next) && next >= day && Calendar.IsWorkingDay(previous) && previous <= day
            && Calendar.WorkingDaysBetween(previous, next) == (next == previous ? 0 : 1);
    }
}
