using Cascade.Core.Reviews;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Indicators;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>Two snapshots of a plan side by side, the earlier one first whatever order they are asked in.</summary>
public static class SnapshotCompare
{
    public sealed record Result(SnapshotView.Header Then, SnapshotView.Header Now, SnapshotComparison Comparison);

    /// <summary>The comparison, or why there is none: null when a snapshot is not found, an error when they are of two plans.</summary>
    public sealed record Answer(Result? Result, Message? Error);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Answer?> HandleAsync(int a, int b, CancellationToken cancellationToken)
        {
            if (await SnapshotView.ReadAsync(db, user, clock, a, cancellationToken) is not { } first
                || await SnapshotView.ReadAsync(db, user, clock, b, cancellationToken) is not { } second)
            {
                return null;
            }

            if (first.Header.PlanId != second.Header.PlanId)
            {
                return new Answer(null, new Message(SnapshotErrors.OtherPlans));
            }

            var (then, now) = (first.Header.AsOf, first.Header.TakenAt, first.Header.Id).CompareTo((second.Header.AsOf, second.Header.TakenAt, second.Header.Id)) <= 0
                ? (first, second)
                : (second, first);
            return new Answer(new Result(then.Header, now.Header, SnapshotComparison.Compare(then.Content, now.Content)), null);
        }
    }
}
