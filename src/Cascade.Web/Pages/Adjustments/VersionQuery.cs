using Cascade.Data;
using Cascade.Data.Adjustments;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>A plan's versions as kept: the list, and one version's register with what changed from the one before.</summary>
public static class VersionQuery
{
    public sealed record ListView(PlanAccess Plan, IReadOnlyList<VersionSummary> Versions);

    public sealed record DetailView(PlanAccess Plan, VersionDetail Version);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<ListView?> ListAsync(int planId, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            return plan is null ? null : new ListView(plan, await new PlanVersions(db).ListAsync(planId, cancellationToken));
        }

        public async Task<DetailView?> ReadAsync(int planId, int number, CancellationToken cancellationToken)
        {
            var plan = await PlanAccess.LoadAsync(db, user, planId, cancellationToken);
            var version = plan is null ? null : await new PlanVersions(db).ReadAsync(planId, number, cancellationToken);
            return version is null ? null : new DetailView(plan!, version);
        }
    }
}
