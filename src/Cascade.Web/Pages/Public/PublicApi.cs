using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Public;

/// <summary>The public results as JSON, without an account: the same published records as the page, nothing more.</summary>
public static class PublicApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public").AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                var result = await next(context);
                context.HttpContext.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={PublicSetup.CacheSeconds}");
                return result;
            });
        group.MapGet("/provinces", async (PublicResults.Handler handler, CancellationToken ct) => await handler.ProvincesAsync(ct))
            .WithName("PublicProvinces").WithSummary("The provinces with published plans.");
        group.MapGet("/provinces/{code}", async Task<Results<Ok<PublicResults.Result>, NotFound>> (string code, PublicResults.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(code, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound())
            .WithName("PublicProvince").WithSummary("A province's published plans: task counts by solution group and status this year, published indicators.");
        group.MapGet("/tasks/{taskId:int}", async Task<Results<Ok<PublicTask.View>, NotFound>> (int taskId, PublicTask.Handler handler, CancellationToken ct) =>
                await handler.LoadAsync(taskId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("PublicTask").WithSummary("A task of a published plan with the organisations accepted on it.");
    }
}
