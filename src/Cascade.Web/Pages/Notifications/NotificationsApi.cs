using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Notifications;

/// <summary>Notifications and urging notices under /api, answered by the same handlers as the pages.</summary>
public static class NotificationsApi
{
    public sealed record UrgeRequest(int? AgencyId);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", async (NotificationInbox.Handler handler, CancellationToken ct) => await handler.ListAsync(ct))
            .WithName("ListNotifications").WithSummary("The notifications of the signed-in reporter's agency, newest first.");
        notifications.MapPost("/{id:long}/read", async Task<Results<NoContent, NotFound>> (long id, NotificationInbox.Handler handler, CancellationToken ct) =>
                await handler.MarkReadAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("MarkNotificationRead").WithSummary("Marks a notification read.");

        api.MapPost("/periods/{id:int}/urge", async Task<Results<Ok<UrgeNotices.Outcome>, NotFound>> (int id, UrgeRequest? request, UrgeNotices.Handler handler, CancellationToken ct) =>
                await handler.UrgeAsync(id, request?.AgencyId, ct) is { } outcome ? TypedResults.Ok(outcome) : TypedResults.NotFound())
            .RequireAuthorization(Infrastructure.Security.SecuritySetup.ManagePlans)
            .WithTags("Notifications").WithName("UrgePeriod")
            .WithSummary("Sends an urging notice (đôn đốc) to one agency, or to every agency behind in the period; once a day per agency.");
    }
}
