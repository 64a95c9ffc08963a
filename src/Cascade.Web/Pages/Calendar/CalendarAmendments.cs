using Cascade.Core.Calendar;
using Cascade.Data;
using Cascade.Data.Calendar;
using Cascade.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Calendar;

/// <summary>Adding and removing an amendment of the working calendar.</summary>
public static class CalendarAmendments
{
    public enum Error
    {
        WrongDate,
        UnsupportedYear,
        NoReason,
        Duplicate,
    }

    /// <summary>As typed in the form: the date is text so that a wrong one comes back as typed.</summary>
    public sealed record Input(string? Date, AmendmentKind Kind, string? Reason);

    public static DateOnly? ParseDate(string? text) => Infrastructure.Display.ParseDate(text);

    public sealed class Handler(CascadeDbContext db)
    {
        public async Task<(DateOnly? Date, Error? Error)> AddAsync(Input input, CancellationToken cancellationToken)
        {
            if (ParseDate(input.Date) is not { } date)
            {
                return (null, Error.WrongDate);
            }

            if (!CalendarYear.IsSupported(date.Year))
            {
                return (null, Error.UnsupportedYear);
            }

            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                return (null, Error.NoReason);
            }

            if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
            {
                return (null, Error.Duplicate);
            }

            var entry = db.CalendarDays.Add(new CalendarDay { Date = date, Kind = input.Kind, Reason = input.Reason.Trim() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (NoticeWriter.IsUniqueViolation(e))
            {
                // Another administrator added the same day meanwhile.
                entry.State = EntityState.Detached;
                return (null, Error.Duplicate);
            }

            return (date, null);
        }

        public async Task<DateOnly?> RemoveAsync(int id, CancellationToken cancellationToken)
        {
            var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (day is null)
            {
                return null;
            }

            db.CalendarDays.Remove(day);
            await db.SaveChangesAsync(cancellationToken);
            return day.Date;
        }
    }
}
