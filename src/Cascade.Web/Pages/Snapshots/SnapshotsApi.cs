using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Snapshots;

/// <summary>Review snapshots under /api, answered by the same handlers as the pages.</summary>
public static class SnapshotsApi
{
    /// <summary>A snapshot to take: the year as a number or text, the day dd/MM/yyyy.</summary>
    public sealed record TakeRequest(Cascade.Core.Reviews.SnapshotKind Kind, string? Title, string? AsOf, System.Text.Json.JsonElement Year)
    {
        public SnapshotForm ToForm() => new()
        {
            Kind = Kind,
            Title = Title,
            AsOf = AsOf,
            Year = Year.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Number => Year.GetRawText(),
                System.Text.Json.JsonValueKind.String => Year.GetString(),
                _ => null,
            },
        };
    }

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/plans/{id:int}/snapshots", async Task<Results<Ok<SnapshotList.Result>, NotFound>> (int id, SnapshotList.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound())
            .WithTags("Reviews").WithName("ListSnapshots").WithSummary("A plan's review snapshots, newest first.");

        api.MapPost("/plans/{id:int}/snapshots", async (int id, TakeRequest request, SnapshotList.Handler handler, SnapshotView.Handler view, CancellationToken ct) =>
                await handler.TakeAsync(id, request.ToForm(), ct) switch
                {
                    { Outcome: SnapshotList.Outcome.Done, SnapshotId: { } taken } => TypedResults.Created($"/api/snapshots/{taken}", await view.LoadAsync(taken, ct)),
                    { Outcome: SnapshotList.Outcome.NotFound } => TypedResults.NotFound(),
                    { Outcome: SnapshotList.Outcome.Forbidden } => TypedResults.Forbid(),
                    var r => (IResult)TypedResults.Problem(SnapshotErrors.Invalid, statusCode: StatusCodes.Status422UnprocessableEntity,
                        extensions: new Dictionary<string, object?>
                        {
                            ["errors"] = r.Errors!.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value.Vietnamese }),
                        }),
                })
            .WithTags("Reviews").WithName("TakeSnapshot").WithSummary("Freezes the plan's task statuses and indicator values (kind, title, asOf dd/MM/yyyy, year).");

        api.MapGet("/snapshots/{id:int}", async Task<Results<Ok<SnapshotView.View>, NotFound>> (int id, SnapshotView.Handler handler, CancellationToken ct) =>
                await handler.LoadAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithTags("Reviews").WithName("GetSnapshot").WithSummary("A snapshot as it was taken.");

        api.MapGet("/snapshots/compare", async (int a, int b, SnapshotCompare.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(a, b, ct) switch
                {
                    null => TypedResults.NotFound(),
                    { Result: { } result } => TypedResults.Ok(result),
                    var answer => (IResult)TypedResults.Problem(answer.Error!.Vietnamese, statusCode: StatusCodes.Status422UnprocessableEntity),
                })
            .WithTags("Reviews").WithName("CompareSnapshots").WithSummary("Two snapshots of a plan side by side: counts, each task's status then and now, each indicator's value then and now.");
    }
}
