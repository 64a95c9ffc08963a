namespace Cascade.Web.Pages.DocumentCascade;

/// <summary>The cascade of documents under /api, answered by the same handler as the page.</summary>
public static class CascadeApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/cascade", async (CascadeView.Handler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new CascadeView.Query(), ct)).Roots)
            .WithTags("Cascade")
            .WithName("GetCascade")
            .WithSummary("The documents as a forest by what they implement; a referenced document not loaded has planId null.");
    }
}
