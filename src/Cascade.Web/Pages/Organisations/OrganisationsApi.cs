using Cascade.Core.Organisations;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Organisations;

/// <summary>Applications to take part in tasks under /api, answered by the same handlers as the pages.</summary>
public static class OrganisationsApi
{
    public sealed record DecisionRequest(string? Note);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/applications", async (ParticipationStatus? status, Applications.Handler handler, CancellationToken ct) => await handler.HandleAsync(status, ct))
            .WithName("ListApplications").WithSummary("The applications to take part in tasks that the user decides on, with the applicants' contacts.");
        group.MapPost("/applications/{id:int}/accept", (int id, DecisionRequest request, Decide.Handler handler, CancellationToken ct) => Answer(handler.HandleAsync(id, true, request.Note, ct)))
            .WithName("AcceptApplication").WithSummary("The lead department or the coordinator accepts an organisation on the task.");
        group.MapPost("/applications/{id:int}/decline", (int id, DecisionRequest request, Decide.Handler handler, CancellationToken ct) => Answer(handler.HandleAsync(id, false, request.Note, ct)))
            .WithName("DeclineApplication").WithSummary("The lead department or the coordinator declines an application; the note says why.");

        api.MapGet("/tasks/{taskId:int}/organisations", async Task<Results<Ok<IReadOnlyList<TaskOrganisations.Accepted>>, NotFound>> (
                int taskId, CascadeDbContext db, CurrentUser user, TaskOrganisations.Handler handler, CancellationToken ct) =>
                await db.VisibleTasks(user.Scope).AnyAsync(t => t.Id == taskId, ct)
                    ? TypedResults.Ok(await handler.ForTaskAsync(taskId, ct))
                    : TypedResults.NotFound())
            .WithTags("Organisations").WithName("TaskOrganisations").WithSummary("The organisations accepted on a task: name and kind.");
    }

    /// <summary>204 when done; 404 out of sight; 403 in sight but not the user's to decide; 422 when refused.</summary>
    private static async Task<IResult> Answer(Task<Decide.Result> command) => (await command) switch
    {
        { Outcome: Decide.Outcome.Done } => TypedResults.NoContent(),
        { Outcome: Decide.Outcome.NotFound } => TypedResults.NotFound(),
        { Outcome: Decide.Outcome.Forbidden } => TypedResults.Forbid(),
        var r => TypedResults.Problem(r.Error, statusCode: StatusCodes.Status422UnprocessableEntity),
    };
}
