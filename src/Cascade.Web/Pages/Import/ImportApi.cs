using Cascade.Import;
using Cascade.Import.Reading;
using Cascade.Import.Registers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Import;

/// <summary>Importing through the API: a document in, its register and warnings out (nothing is stored).</summary>
public static class ImportApi
{
    public sealed record ImportResponse(PlanRegister Register, IReadOnlyList<ImportWarning> Warnings);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapPost("/imports", Results<Ok<ImportResponse>, ProblemHttpResult> (IFormFile document) =>
            {
                using var stream = document.OpenReadStream();
                var result = PlanImporter.Import(stream, document.FileName);
                return result.Register is null
                    ? TypedResults.Problem(result.Failure?.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: result.Failure?.Code)
                    : TypedResults.Ok(new ImportResponse(result.Register, result.Warnings));
            })
            .DisableAntiforgery()
            .WithTags("Import")
            .WithName("ImportDocument")
            .WithSummary("Reads a plan document (.docx, .pdf, text) into its plan register without storing it.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportUpload.RequestLimitBytes));
    }
}
