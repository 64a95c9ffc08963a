using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Notifications;

/// <summary>The in-app notifications of the signed-in reporter's agency (and the agencies it succeeded), newest first.</summary>
public static class NotificationInbox
{
    public const int Shown = 100;

    public sealed record Item(long Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool IsRead);

    public sealed record Result(IReadOnlyList<Item> Items, int Unread);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider time)
    {
        // Only agency accounts receive notices; other roles have an empty inbox.
        private IQueryable<Data.Notifications.Notification> Mine()
        {
            var agencies = user.Scope.AgencyIds.ToList();
            return db.Notifications.Where(n => agencies.Contains(n.AgencyId));
        }

        public async Task<Result> ListAsync(CancellationToken cancellationToken)
        {
            var items = await Mine().AsNoTracking()
                .OrderByDescending(n => n.Id) // ids follow creation; DateTimeOffset cannot be ordered on SQLite
                .Take(Shown)
                .Select(n => new Item(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
                .ToListAsync(cancellationToken);
            return new Result(items, await UnreadAsync(cancellationToken));
        }

        public Task<int> UnreadAsync(CancellationToken cancellationToken) =>
            user.Scope.AgencyIds.Count == 0 ? Task.FromResult(0) : Mine().CountAsync(n => n.ReadAt == null, cancellationToken);

        /// <summary>Marks one notification (or all when <paramref name="id"/> is null) read; false when it is not the user's.</summary>
        public async Task<bool> MarkReadAsync(long? id, CancellationToken cancellationToken)
        {
            var unread = await Mine().Where(n => n.ReadAt == null && (id == null || n.Id == id)).ToListAsync(cancellationToken);
            if (id is not null && unread.Count == 0)
            {
                return await Mine().AnyAsync(n => n.Id == id, cancellationToken);
            }

            var now = time.GetUtcNow();
            unread.ForEach(n => n.ReadAt = now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
