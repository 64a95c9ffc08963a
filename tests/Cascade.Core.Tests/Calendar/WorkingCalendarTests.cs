using Cascade.Core.Calendar;

namespace Cascade.Core.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Statutory;

    [Fact]
    public void February2026HasFifteenWorkingDays()
    {
        // 1 February 2026 is a Sunday, so the 28 days are four whole weeks: 20 weekdays. Tết (mùng 1 on
        // Tuesday 17 February) takes Monday 16 to Friday 20 February, all weekdays: 20 - 5 = 15.
        Assert.Equal(15, Calendar.WorkingDaysBetween(new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void DaysLeftCountTheDueDayButNotToday()
    {
        var monday = new DateOnly(2026, 3, 2);

        Assert.Equal(0, Calendar.WorkingDaysBetween(monday, monday));
        Assert.Equal(1, Calendar.WorkingDaysBetween(monday, monday.AddDays(1)));
        Assert.Equal(5, Calendar.WorkingDaysBetween(monday, monday.AddDays(7)));
    }

    [Fact]
    public void APassedDueDayGivesANegativeCount()
    {
        // Due Friday 6 March 2026, seen on Monday 9 March: one working day late.
        Assert.Equal(-1, Calendar.WorkingDaysBetween(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void AddingWorkingDaysSkipsWeekendsAndHolidays()
    {
        // From Wednesday 29 April 2026: 30/4 and 1/5 are holidays, 2–3 May the weekend.
        Assert.Equal(new DateOnly(2026, 5, 4), Calendar.AddWorkingDays(new DateOnly(2026, 4, 29), 1));
        Assert.Equal(new DateOnly(2026, 4, 29), Calendar.AddWorkingDays(new DateOnly(2026, 5, 4), -1));
    }

    [Fact]
    public void ADueDayOnAHolidayMovesToTheNextWorkingDay()
    {
        var victoryDay = new DateOnly(2026, 4, 30);

        Assert.Equal(new DateOnly(2026, 5, 4), Calendar.OnOrAfterWorkingDay(victoryDay));
        Assert.Equal(new DateOnly(2026, 4, 29), Calendar.OnOrBeforeWorkingDay(victoryDay));
        Assert.Equal(new DateOnly(2026, 4, 29), Calendar.OnOrAfterWorkingDay(new DateOnly(2026, 4, 29)));
    }

    [Fact]
    public void ASaturdayMadeAWorkingDayByAnAmendmentCounts()
    {
        // The kind of swap the Government decided for Tết 2025: Monday 27 January off, Saturday 8 February worked.
        var calendar = new WorkingCalendar(
        [
            new CalendarAmendment(new DateOnly(2025, 1, 27), AmendmentKind.DayOff, "Hoán đổi ngày làm việc dịp Tết Ất Tỵ"),
            new CalendarAmendment(new DateOnly(2025, 2, 8), AmendmentKind.WorkingDay, "Làm bù cho ngày 27/01/2025"),
        ]);
        var friday = new DateOnly(2025, 2, 7);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 2, 8)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 27)));
        Assert.Equal(2, calendar.WorkingDaysBetween(friday, new DateOnly(2025, 2, 10)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(friday, new DateOnly(2025, 2, 10)));
        Assert.Contains(new Holiday(new DateOnly(2025, 1, 27), "Hoán đổi ngày làm việc dịp Tết Ất Tỵ", HolidayKind.Amended), calendar.HolidaysIn(2025));
    }

    [Fact]
    public void AComputedHolidayTheGovernmentMovedIsWorked()
    {
        // By the rules Saturday 1 February 2025 (mùng 4) is made up on Monday 3 February.
        var compensation = new DateOnly(2025, 2, 3);
        var calendar = new WorkingCalendar([new CalendarAmendment(compensation, AmendmentKind.WorkingDay, "Theo quyết định nghỉ Tết")]);

        Assert.False(Calendar.IsWorkingDay(compensation));
        Assert.True(calendar.IsWorkingDay(compensation));
        Assert.DoesNotContain(calendar.HolidaysIn(2025), h => h.Date == compensation);
    }

    [Fact]
    public void OneDayTakesOneAmendment()
    {
        var day = new DateOnly(2025, 2, 8);

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(
        [
            new CalendarAmendment(day, AmendmentKind.WorkingDay, "Làm bù"),
            new CalendarAmendment(day, AmendmentKind.DayOff, "Nghỉ"),
        ]));
    }

    [Fact]
    public void AnAmendmentNeedsAReason() =>
        Assert.Throws<ArgumentException>(() => new CalendarAmendment(new DateOnly(2025, 2, 8), AmendmentKind.WorkingDay, " "));

    [Fact]
    public void TheHolidaysOfAYearComeInDateOrder()
    {
        var holidays = Calendar.HolidaysIn(2026);

        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
        Assert.Equal(new DateOnly(2026, 1, 1), holidays[0].Date);
    }
}
