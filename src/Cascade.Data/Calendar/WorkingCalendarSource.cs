using Cascade.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Calendar;

/// <summary>The working calendar of the rules corrected by the amendments stored in the database.</summary>
public sealed class WorkingCalendarSource(CascadeDbContext db)
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return new WorkingCalendar(days.Select(d => d.ToAmendment()));
    }
}
