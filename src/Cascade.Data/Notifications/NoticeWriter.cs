using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cascade.Data.Notifications;

/// <summary>
/// Stores notices once only. Keys already stored are skipped up front; a key stored meanwhile by a
/// concurrent run (the job and a coordinator's click, two web servers) is caught as a unique-key
/// violation and skipped, the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class NoticeWriter(CascadeDbContext db, TimeProvider time)
{
    public async Task<NoticeOutcome> WriteAsync(IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return NoticeOutcome.None;
        }

        var now = time.GetUtcNow();
        var agencyIds = notices.Select(n => n.AgencyId).Distinct().ToList();
        var recipients = (await db.Users.AsNoTracking()
                .Where(u => u.AgencyId != null && agencyIds.Contains(u.AgencyId.Value) && u.Email != null)
                .Select(u => new { AgencyId = u.AgencyId!.Value, Email = u.Email!, u.LockoutEnd })
                .ToListAsync(cancellationToken))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now) // a locked account is not active
            .ToLookup(u => u.AgencyId, u => u.Email);

        var keys = notices.Select(n => n.DedupKey).ToList();
        var stored = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(cancellationToken)).ToHashSet();
        var created = NoticeOutcome.None;
        foreach (var notice in notices.Where(n => !stored.Contains(n.DedupKey)))
        {
            var notification = new Notification
            {
                AgencyId = notice.AgencyId,
                Kind = notice.Kind,
                Title = notice.Title,
                Body = notice.Body,
                Link = notice.Link,
                CreatedAt = now,
                DedupKey = notice.DedupKey,
            };
            if (!await TryAddAsync(notification, cancellationToken))
            {
                continue;
            }

            var emails = 0;
            foreach (var to in recipients[notice.AgencyId].Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var email = new OutboxEmail
                {
                    To = to,
                    Subject = notice.Title,
                    Body = notice.Body,
                    CreatedAt = now,
                    DedupKey = $"{notice.DedupKey}:to {to.ToUpperInvariant()}",
                };
                emails += await TryAddAsync(email, cancellationToken) ? 1 : 0;
            }

            created = created.Plus(new NoticeOutcome(1, emails));
        }

        return created;
    }

    /// <summary>Saves one row on its own, so that a duplicate loses that row only.</summary>
    private async Task<bool> TryAddAsync(object row, CancellationToken cancellationToken)
    {
        var entry = db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            entry.State = EntityState.Detached;
            return true;
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            entry.State = EntityState.Detached;
            return false;
        }
    }

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
