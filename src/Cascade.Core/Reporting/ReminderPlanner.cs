using Cascade.Core.Calendar;

namespace Cascade.Core.Reporting;

/// <summary>When reminders go out: working days before the due day and after it (the settings).</summary>
public sealed record ReminderPolicy(IReadOnlyList<int> WorkingDaysBefore, IReadOnlyList<int> WorkingDaysAfter)
{
    public static ReminderPolicy Default { get; } = new([5, 2], [1, 5]);
}

/// <summary>An agency that owes reports in a period.</summary>
public sealed record OwedReports(int AgencyId, int PeriodId, DateOnly DueOn, int MissingCount);

public enum ReminderKind
{
    /// <summary>Nhắc trước hạn.</summary>
    BeforeDue = 0,

    /// <summary>Nhắc sau hạn (quá hạn).</summary>
    AfterDue = 1,
}

/// <summary>A reminder to send; the key names the event so that it is sent once only.</summary>
public sealed record Reminder(int AgencyId, int PeriodId, ReminderKind Kind, int WorkingDays, DateOnly DueOn, int MissingCount)
{
    public string DedupKey => $"remind:period {PeriodId}:agency {AgencyId}:{(Kind == ReminderKind.BeforeDue ? "before" : "after")} {WorkingDays}";
}

/// <summary>
/// Decides the reminders of a day. A due day on a day off moves to the next working day. Each
/// threshold is an event of its own; when the job missed a day, the latest threshold crossed is sent
/// (an older one would only repeat it), and the dedup key keeps a threshold from going out twice.
/// Reminders go out on working days only.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<Reminder> RemindersOn(DateOnly today, IEnumerable<OwedReports> owed, ReminderPolicy policy, WorkingCalendar calendar)
    {
        if (!calendar.IsWorkingDay(today))
        {
            return [];
        }

        var reminders = new List<Reminder>();
        foreach (var debt in owed.Where(o => o.MissingCount > 0))
        {
            var due = calendar.OnOrAfterWorkingDay(debt.DueOn);
            var daysLeft = calendar.WorkingDaysBetween(today, due);
            if (daysLeft >= 0)
            {
                var crossed = policy.WorkingDaysBefore.Where(t => t >= daysLeft).DefaultIfEmpty(-1).Min();
                if (crossed >= 0)
                {
                    reminders.Add(new Reminder(debt.AgencyId, debt.PeriodId, ReminderKind.BeforeDue, crossed, debt.DueOn, debt.MissingCount));
                }
            }
            else
            {
                var crossed = policy.WorkingDaysAfter.Where(t => t <= -daysLeft).DefaultIfEmpty(-1).Max();
                if (crossed >= 0)
                {
                    reminders.Add(new Reminder(debt.AgencyId, debt.PeriodId, ReminderKind.AfterDue, crossed, debt.DueOn, debt.MissingCount));
                }
            }
        }

        return reminders;
    }
}
