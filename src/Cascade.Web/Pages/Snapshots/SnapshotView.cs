using Cascade.Core.Reviews;
using Cascade.Data;
using Cascade.Data.Reviews;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>One snapshot as it was taken: its header and the frozen tasks, indicators and counts.</summary>
public static class SnapshotView
{
    public sealed record Header(int Id, int PlanId, string PlanName, SnapshotKind Kind, string Title, DateOnly AsOf, int Year, string? TakenBy, DateTimeOffset TakenAt);

    public sealed record View(Header Snapshot, SnapshotContent Content, IReadOnlyList<SnapshotList.Item> Others);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<View?> LoadAsync(int id, CancellationToken cancellationToken)
        {
            if (await ReadAsync(db, user, clock, id, cancellationToken) is not { } read)
            {
                return null;
            }

            var others = await db.Snapshots.AsNoTracking().Where(s => s.PlanId == read.Header.PlanId && s.Id != id)
                .OrderByDescending(s => s.AsOf).ThenByDescending(s => s.TakenAt).ThenByDescending(s => s.Id)
                .Select(s => new SnapshotList.Item(s.Id, s.Kind, s.Title, s.AsOf, s.Year, null, s.TakenAt))
                .ToListAsync(cancellationToken);
            return new View(read.Header, read.Content, others);
        }
    }

    /// <summary>A snapshot the user may read (its plan is in their scope), else null.</summary>
    public static async Task<(Header Header, SnapshotContent Content)?> ReadAsync(CascadeDbContext db, CurrentUser user, TimeProvider clock, int id, CancellationToken cancellationToken)
    {
        var planId = await db.Snapshots.AsNoTracking().Where(s => s.Id == id).Select(s => (int?)s.PlanId).FirstOrDefaultAsync(cancellationToken);
        if (planId is null || await SnapshotAccess.ForPlanAsync(db, user, planId.Value, cancellationToken) is not { } access)
        {
            return null;
        }

        var stored = (await new SnapshotStore(db, clock).ReadAsync(id, cancellationToken))!;
        var people = await SnapshotList.PeopleAsync(db, [stored.TakenBy], cancellationToken);
        return (new Header(stored.Id, stored.PlanId, access.PlanName, stored.Kind, stored.Title, stored.AsOf, stored.Year, people.GetValueOrDefault(stored.TakenBy), stored.TakenAt),
            stored.Content);
    }
}
