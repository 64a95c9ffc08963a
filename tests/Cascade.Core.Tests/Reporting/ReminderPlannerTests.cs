using Cascade.Core.Calendar;
using Cascade.Core.Reporting;

namespace Cascade.Core.Tests.Reporting;

public sealed class ReminderPlannerTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Statutory;
    private static readonly ReminderPolicy Policy = new([5, 2], [1, 5]);

    // Trà Vinh's report for 2026 is due Monday 30/11/2026.
    private static readonly OwedReports HealthOwesTwo = new(AgencyId: 7, PeriodId: 3, DueOn: new DateOnly(2026, 11, 30), MissingCount: 2);

    [Fact]
    public void FiveWorkingDaysBeforeTheDueDayTheFirstReminderGoesOut()
    {
        // Monday 23/11 to Monday 30/11 is five working days.
        var reminders = ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 23), [HealthOwesTwo], Policy, Calendar);

        var reminder = Assert.Single(reminders);
        Assert.Equal(ReminderKind.BeforeDue, reminder.Kind);
        Assert.Equal(5, reminder.WorkingDays);
        Assert.Equal("remind:period 3:agency 7:before 5", reminder.DedupKey);
    }

    [Fact]
    public void TheLatestThresholdCrossedIsTheOneSent()
    {
        // Wednesday 25/11: three working days left; the 5-day threshold is the one crossed.
        Assert.Equal(5, Assert.Single(ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 25), [HealthOwesTwo], Policy, Calendar)).WorkingDays);
        // Thursday 26/11: two working days left.
        Assert.Equal(2, Assert.Single(ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 26), [HealthOwesTwo], Policy, Calendar)).WorkingDays);
    }

    [Fact]
    public void AfterTheDueDayTheReminderSaysItIsOverdue()
    {
        var reminder = Assert.Single(ReminderPlanner.RemindersOn(new DateOnly(2026, 12, 1), [HealthOwesTwo], Policy, Calendar));

        Assert.Equal(ReminderKind.AfterDue, reminder.Kind);
        Assert.Equal(1, reminder.WorkingDays);
    }

    [Fact]
    public void NothingGoesOutOnAWeekendOrToAnAgencyThatOwesNothing()
    {
        Assert.Empty(ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 28), [HealthOwesTwo], Policy, Calendar));
        Assert.Empty(ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 26), [HealthOwesTwo with { MissingCount = 0 }], Policy, Calendar));
    }

    [Fact]
    public void FarFromTheDueDayNothingIsSent() =>
        Assert.Empty(ReminderPlanner.RemindersOn(new DateOnly(2026, 11, 2), [HealthOwesTwo], Policy, Calendar));

    [Fact]
    public void ADueDayOnAHolidayMovesToTheNextWorkingDay()
    {
        // 2/9/2026, National Day, is a day off: reports due then are due on the next working day.
        var owed = HealthOwesTwo with { DueOn = new DateOnly(2026, 9, 2) };
        var due = Calendar.OnOrAfterWorkingDay(owed.DueOn);

        Assert.True(due > owed.DueOn);
        var reminder = Assert.Single(ReminderPlanner.RemindersOn(Calendar.AddWorkingDays(due, -2), [owed], Policy, Calendar));
        Assert.Equal(2, reminder.WorkingDays);
    }
}
