using Cascade.Data;
using Cascade.Data.Progress;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Pages.Indicators;

/// <summary>A plan's indicators: each target with its goal, baseline, latest value and where it stands.</summary>
public static class IndicatorList
{
    public sealed record Row(IndicatorStanding Indicator, bool CanEnter);

    public sealed record Result(int PlanId, string PlanName, bool CanManage, IReadOnlyList<Row> Indicators);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, IndicatorQuery indicators)
    {
        public async Task<Result?> HandleAsync(int planId, CancellationToken cancellationToken)
        {
            var access = await IndicatorAccess.ForPlanAsync(db, user, planId, cancellationToken);
            if (access is null)
            {
                return null;
            }

            var standings = await indicators.ForTargetsAsync(db.Targets.Where(t => t.PlanId == planId), null, cancellationToken);
            return new Result(access.PlanId, access.PlanName, access.CanManage,
                standings.Select(s => new Row(s, access.CanEnter(s.ResponsibleAgencyId))).ToList());
        }
    }
}
