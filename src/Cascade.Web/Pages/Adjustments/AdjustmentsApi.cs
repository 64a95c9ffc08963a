using Cascade.Data.Adjustments;
using Cascade.Import.Registers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>A plan's adjustments and versions under /api, answered by the same handlers as the pages.</summary>
public static class AdjustmentsApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans/{planId:int}").WithTags("Adjustments");
        plans.MapGet("/adjustments", async Task<Results<Ok<AdjustmentPage.View>, NotFound>> (int planId, AdjustmentPage.Handler handler, CancellationToken ct) =>
                await handler.LoadAsync(planId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("ListAdjustments").WithSummary("The plan's adjustment proposals, the batch awaiting a decision and the decisions recorded.");

        plans.MapPost("/adjustments", async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> (int planId, ProposalForm form, AdjustmentCommands.Handler handler, CancellationToken ct) =>
                await handler.ProposeAsync(planId, form, ct) switch
                {
                    { Outcome: AdjustmentCommands.Outcome.Done } => TypedResults.NoContent(),
                    { Outcome: AdjustmentCommands.Outcome.NotFound } => TypedResults.NotFound(),
                    { Outcome: AdjustmentCommands.Outcome.Forbidden } => TypedResults.Forbid(),
                    var refused => TypedResults.Problem(refused.Error, statusCode: StatusCodes.Status422UnprocessableEntity),
                })
            .WithName("ProposeAdjustment").WithSummary("An agency holding a task of the plan proposes to change, add or drop a task, with its reason.");

        plans.MapGet("/versions", async Task<Results<Ok<IReadOnlyList<VersionSummary>>, NotFound>> (int planId, VersionQuery.Handler handler, CancellationToken ct) =>
                await handler.ListAsync(planId, ct) is { } list ? TypedResults.Ok(list.Versions) : TypedResults.NotFound())
            .WithName("ListPlanVersions").WithSummary("The plan's versions: the first as issued, one per decision since.");

        plans.MapGet("/versions/{number:int}/register", async Task<Results<ContentHttpResult, NotFound>> (int planId, int number, VersionQuery.Handler handler, CancellationToken ct) =>
                await handler.ReadAsync(planId, number, ct) is { } detail
                    ? TypedResults.Content(PlanRegisterJson.Write(detail.Version.Register), "application/json; charset=utf-8")
                    : TypedResults.NotFound())
            .WithName("ExportPlanVersion").WithSummary("A version of the plan in the plan-register/1 format, as it was.");
    }
}
