using Cascade.Core.Calendar;
using Cascade.Data;
using Cascade.Data.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Calendar;

/// <summary>The days off of a year as reminders count them (the rules plus the amendments), and the amendments of that year.</summary>
public static class CalendarYear
{
    public sealed record Amendment(int Id, DateOnly Date, AmendmentKind Kind, string Reason);

    public sealed record Result(int Year, IReadOnlyList<Holiday> DaysOff, IReadOnlyList<Amendment> Amendments);

    public static bool IsSupported(int year) => year is >= LunarCalendar.FirstYear and <= LunarCalendar.LastYear;

    public sealed class Handler(CascadeDbContext db, WorkingCalendarSource calendars)
    {
        public async Task<Result> HandleAsync(int year, CancellationToken cancellationToken)
        {
            var calendar = await calendars.GetAsync(cancellationToken);
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var amendments = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
                .Select(d => new Amendment(d.Id, d.Date, d.Kind, d.Reason))
                .ToListAsync(cancellationToken);
            return new Result(year, calendar.HolidaysIn(year), amendments);
        }
    }
}
