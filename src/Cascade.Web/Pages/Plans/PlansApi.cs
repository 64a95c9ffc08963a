using Cascade.Web.Infrastructure.Security;
using Cascade.Core.Documents;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Plans;

/// <summary>The plans under /api, answered by the same handlers as the pages.</summary>
public static class PlansApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapGet("/", async (string? q, DocumentKind? kind, GovernmentLevel? level, string? locality, int? page, PlanList.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(new PlanList.Query(q, kind, level, locality, page ?? 1), ct))
            .WithName("ListPlans").WithSummary("Plans, searched and filtered, 50 a page.");

        plans.MapGet("/{id:int}", async Task<Results<Ok<PlanDetails.Result>, NotFound>> (int id, int? agency, Core.Timeframes.TimeframeKind? timeframe, PlanDetails.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(new PlanDetails.Query(id, agency, timeframe), ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithName("GetPlan").WithSummary("A plan with its targets, reporting duties and task register.");

        plans.MapGet("/{id:int}/register", async Task<Results<ContentHttpResult, NotFound>> (int id, RegisterStore store, Cascade.Data.CascadeDbContext db, CurrentUser user, CancellationToken ct) =>
                await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.VisiblePlans(user.Scope), p => p.Id == id, ct)
                && await store.ExportAsync(id, ct) is { } register
                    ? TypedResults.Content(PlanRegisterJson.Write(register), "application/json; charset=utf-8")
                    : TypedResults.NotFound())
            .WithName("ExportPlanRegister").WithSummary("The plan in the plan-register/1 format.");
    }
}
