using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Coverage;

/// <summary>The national coverage under /api: the matrix as JSON, and as CSV.</summary>
public static class CoverageApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/coverage").WithTags("Coverage");
        group.MapGet("/", async (string? document, string? province, CoverageQuery.Handler handler, CancellationToken ct) =>
                Answer(await handler.HandleAsync(new CoverageQuery.Query(document, province), ct), result => TypedResults.Ok(result)))
            .WithName("Coverage").WithSummary("For a central document: each province's plans, their tasks by solution group, and the targets they adopted.");
        group.MapGet("/csv", async (string? document, string? province, CoverageQuery.Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                Answer(await handler.HandleAsync(new CoverageQuery.Query(document, province), ct),
                    result => TypedResults.File(CoverageCsv.Write(result, l), "text/csv; charset=utf-8", CoverageCsv.FileName(result))))
            .WithName("CoverageCsv").WithSummary("The coverage matrix as CSV (UTF-8 with a byte-order mark, for Excel).");
    }

    /// <summary>403 for a province outside the user's scope, 404 for an unknown one.</summary>
    private static IResult Answer<T>((CoverageQuery.Outcome Outcome, CoverageQuery.Result? Result) answer, Func<CoverageQuery.Result, T> ok)
        where T : IResult => answer switch
    {
        (CoverageQuery.Outcome.Done, { } result) => ok(result),
        (CoverageQuery.Outcome.Forbidden, _) => TypedResults.Forbid(),
        _ => TypedResults.NotFound(),
    };
}
