using Cascade.Web.Pages.Inbox;
using Cascade.Web.Pages.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Reports;

/// <summary>The reporting workflow under /api, answered by the same handlers as the pages.</summary>
public static class ReportsApi
{
    public sealed record ReviewRequest(int Version, string? Comment);

    public sealed record ContributionRequest(string Text);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/inbox", async (InboxQuery.Handler handler, CancellationToken ct) => await handler.HandleAsync(ct))
            .WithTags("Reports").WithName("Inbox").WithSummary("The tasks the user's agency owes a report or a contribution on, with working days left.");

        api.MapGet("/periods/{periodId:int}/review", async (int periodId, ReviewQuery.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(periodId, ct))
            .RequireAuthorization(Infrastructure.Security.SecuritySetup.ManagePlans)
            .WithTags("Reports").WithName("ReviewPeriod").WithSummary("A period's reports by task and the agencies' completeness.");

        var reports = api.MapGroup("/reports/{periodId:int}/{taskId:int}").WithTags("Reports");
        reports.MapGet("/", async Task<Results<Ok<ReportPage.View>, NotFound>> (int periodId, int taskId, ReportPage.Handler handler, CancellationToken ct) =>
                await handler.LoadAsync(periodId, taskId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetReport").WithSummary("The report of a task for a period, its contributions, history and evidence.");
        reports.MapPut("/", (int periodId, int taskId, ReportForm form, ReportCommands.Handler handler, CancellationToken ct) =>
                Answer(handler.SaveAsync(periodId, taskId, form, submit: false, ct)))
            .WithName("SaveReportDraft").WithSummary("Saves the lead agency's draft; Version must be the one read.");
        reports.MapPost("/submit", (int periodId, int taskId, ReportForm form, ReportCommands.Handler handler, CancellationToken ct) =>
                Answer(handler.SaveAsync(periodId, taskId, form, submit: true, ct)))
            .WithName("SubmitReport").WithSummary("Saves and submits the report for review.");
        reports.MapPost("/contribution", (int periodId, int taskId, ContributionRequest request, ReportCommands.Handler handler, CancellationToken ct) =>
                Answer(handler.ContributeAsync(periodId, taskId, request.Text, ct)))
            .WithName("Contribute").WithSummary("A coordinating agency's contribution to the lead.");
        reports.MapPost("/return", (int periodId, int taskId, ReviewRequest request, ReportCommands.Handler handler, CancellationToken ct) =>
                Answer(handler.ReviewAsync(periodId, taskId, accept: false, request.Comment, request.Version, ct)))
            .WithName("ReturnReport").WithSummary("The coordinator returns the report with a comment.");
        reports.MapPost("/accept", (int periodId, int taskId, ReviewRequest request, ReportCommands.Handler handler, CancellationToken ct) =>
                Answer(handler.ReviewAsync(periodId, taskId, accept: true, request.Comment, request.Version, ct)))
            .WithName("AcceptReport").WithSummary("The coordinator accepts the report, which is then locked.");
    }

    /// <summary>204 when done; 404 out of scope; 403 in scope but not allowed; 409 on a stale version; 422 when refused.</summary>
    private static async Task<IResult> Answer(Task<ReportCommands.Result> command) => (await command) switch
    {
        { Outcome: ReportCommands.Outcome.Done } => TypedResults.NoContent(),
        { Outcome: ReportCommands.Outcome.NotFound } => TypedResults.NotFound(),
        { Outcome: ReportCommands.Outcome.Forbidden } => TypedResults.Forbid(),
        { Outcome: ReportCommands.Outcome.Conflict } r => TypedResults.Problem(r.Error, statusCode: StatusCodes.Status409Conflict),
        var r => TypedResults.Problem(r.Error, statusCode: StatusCodes.Status422UnprocessableEntity),
    };
}
