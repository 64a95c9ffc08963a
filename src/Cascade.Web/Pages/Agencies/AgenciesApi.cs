using Cascade.Core.Agencies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Agencies;

/// <summary>The agencies under /api, answered by the same handlers as the pages.</summary>
public static class AgenciesApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var agencies = api.MapGroup("/agencies").WithTags("Agencies");
        agencies.MapGet("/", async (string? q, AgencyKind? kind, string? locality, int? page, AgencyList.Status? status, AgencyList.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(new AgencyList.Query(q, kind, locality, page ?? 1, status), ct))
            .WithName("ListAgencies")
            .WithSummary("Agencies with the number of tasks they lead and coordinate, searched and filtered, 50 a page.")
            .WithDescription($"locality is the name of a province or city (\"Hải Phòng\"), or \"{AgencyList.Central}\" for bodies of no locality; status is Current (in force) or Ended (merged, renamed or split in a reorganisation).");

        agencies.MapGet("/{id:int}", async Task<Results<Ok<AgencyDetails.Result>, NotFound>> (int id, AgencyDetails.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(new AgencyDetails.Query(id), ct) is { } agency ? TypedResults.Ok(agency) : TypedResults.NotFound())
            .WithName("GetAgency").WithSummary("An agency with its successions and the tasks it leads and coordinates across plans.");
    }
}
