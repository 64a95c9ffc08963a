using Cascade.Core.Reviews;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Reviews;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>A plan's snapshots (sơ kết, tổng kết), newest first, and taking a new one.</summary>
public static class SnapshotList
{
    public sealed record Item(int Id, SnapshotKind Kind, string Title, DateOnly AsOf, int Year, string? TakenBy, DateTimeOffset TakenAt);

    public sealed record Result(int PlanId, string PlanName, bool CanTake, IReadOnlyList<Item> Snapshots);

    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Invalid,
    }

    public sealed record TakeResult(Outcome Outcome, int? SnapshotId = null, IReadOnlyDictionary<string, Message>? Errors = null);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result?> HandleAsync(int planId, CancellationToken cancellationToken)
        {
            var access = await SnapshotAccess.ForPlanAsync(db, user, planId, cancellationToken);
            if (access is null)
            {
                return null;
            }

            var snapshots = await db.Snapshots.AsNoTracking().Where(s => s.PlanId == planId)
                .OrderByDescending(s => s.AsOf).ThenByDescending(s => s.TakenAt).ThenByDescending(s => s.Id)
                .Select(s => new { s.Id, s.Kind, s.Title, s.AsOf, s.Year, s.TakenBy, s.TakenAt })
                .ToListAsync(cancellationToken);
            var people = await PeopleAsync(db, snapshots.Select(s => s.TakenBy), cancellationToken);
            return new Result(access.PlanId, access.PlanName, access.CanTake,
                snapshots.Select(s => new Item(s.Id, s.Kind, s.Title, s.AsOf, s.Year, people.GetValueOrDefault(s.TakenBy), s.TakenAt)).ToList());
        }

        /// <summary>Freezes the whole plan as of the day asked, for the year asked.</summary>
        public async Task<TakeResult> TakeAsync(int planId, SnapshotForm form, CancellationToken cancellationToken)
        {
            var access = await SnapshotAccess.ForPlanAsync(db, user, planId, cancellationToken);
            if (access is null)
            {
                return new TakeResult(Outcome.NotFound);
            }

            if (!access.CanTake)
            {
                return new TakeResult(Outcome.Forbidden);
            }

            var (request, errors) = form.Read(clock.Today());
            if (request is null)
            {
                return new TakeResult(Outcome.Invalid, Errors: errors);
            }

            var taken = await new SnapshotStore(db, clock).TakeAsync(planId, request.Kind, request.Title, request.AsOf, request.Year, user.UserId ?? Guid.Empty, cancellationToken);
            return new TakeResult(Outcome.Done, taken.Id);
        }
    }

    public static async Task<Dictionary<Guid, string>> PeopleAsync(CascadeDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
