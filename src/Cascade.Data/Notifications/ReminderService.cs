using Cascade.Core.Reporting;
using Cascade.Data.Calendar;
using Cascade.Data.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Notifications;

/// <summary>A reminder with the names it is shown with.</summary>
/// <param name="WorkingDays">The working days left to the due day, or past it, on the day (the threshold crossed may be larger).</param>
public sealed record PlannedReminder(Reminder Reminder, string AgencyName, string Plan, string Period, int WorkingDays, Notice Notice);

/// <summary>
/// The reminders of a day: the agencies behind in the open periods (<see cref="ReportingQueries.OwedOnAsync"/>),
/// the thresholds crossed that day on the working calendar stored in the database, and their notices.
/// Shared by the hourly job and <c>cascade remind</c>.
/// </summary>
public sealed class ReminderService(CascadeDbContext db, WorkingCalendarSource calendars, NoticeWriter writer)
{
    /// <summary>The reminders that go out on the day; changes nothing.</summary>
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(DateOnly day, ReminderPolicy policy, CancellationToken cancellationToken)
    {
        var owed = await new ReportingQueries(db).OwedOnAsync(day, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var reminders = ReminderPlanner.RemindersOn(day, owed, policy, calendar);
        if (reminders.Count == 0)
        {
            return [];
        }

        var names = await NamesAsync(db, reminders.Select(r => r.AgencyId), reminders.Select(r => r.PeriodId), cancellationToken);
        return reminders
            .Select(r =>
            {
                var (plan, period) = names.Periods[r.PeriodId];
                var agency = names.Agencies[r.AgencyId];
                var days = Math.Abs(calendar.WorkingDaysBetween(day, calendar.OnOrAfterWorkingDay(r.DueOn)));
                return new PlannedReminder(r, agency, plan, period, days, NoticeTexts.Reminder(r, days, agency, plan, period));
            })
            .OrderBy(r => r.AgencyName, StringComparer.Ordinal).ThenBy(r => r.Reminder.DueOn)
            .ToList();
    }

    /// <summary>Stores the day's reminders; what was stored by an earlier run is not stored again.</summary>
    public async Task<(IReadOnlyList<PlannedReminder> Reminders, NoticeOutcome Created)> SendAsync(DateOnly day, ReminderPolicy policy, CancellationToken cancellationToken)
    {
        var planned = await PlanAsync(day, policy, cancellationToken);
        var created = await writer.WriteAsync(planned.Select(p => p.Notice).ToList(), cancellationToken);
        return (planned, created);
    }

    public sealed record Names(IReadOnlyDictionary<int, string> Agencies, IReadOnlyDictionary<int, (string Plan, string Period)> Periods);

    /// <summary>The agencies' names and the periods' plan and name, as notices show them.</summary>
    public static async Task<Names> NamesAsync(CascadeDbContext db, IEnumerable<int> agencyIds, IEnumerable<int> periodIds, CancellationToken cancellationToken)
    {
        var agencyList = agencyIds.Distinct().ToList();
        var periodList = periodIds.Distinct().ToList();
        // Every province has its own "Sở Khoa học và Công nghệ": the province tells them apart.
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyList.Contains(a.Id))
            .GroupJoin(db.AdministrativeUnits, a => a.AdministrativeUnitId, u => u.Id, (a, units) => new { a, units })
            .SelectMany(x => x.units.DefaultIfEmpty(), (x, u) => new { x.a.Id, x.a.Name, Unit = u != null ? u.Name : null })
            .ToDictionaryAsync(a => a.Id, a => a.Unit == null ? a.Name : a.Name + " " + a.Unit, cancellationToken);
        var periods = (await db.Periods.AsNoTracking().Where(p => periodList.Contains(p.Id))
                .Join(db.Plans, p => p.PlanId, plan => plan.Id, (p, plan) => new { p.Id, p.Kind, p.Year, PeriodNumber = p.Number, PlanNumber = plan.Number, plan.Title })
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => (NoticeTexts.PlanName(p.PlanNumber?.Text, p.Title), NoticeTexts.PeriodName(p.Kind, p.Year, p.PeriodNumber)));
        return new Names(agencies, periods);
    }
}
