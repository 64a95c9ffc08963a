using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cascade.Web.Pages.Indicators;

/// <summary>A plan's indicators under /api, answered by the same handlers and rules as the pages.</summary>
public static class IndicatorsApi
{
    /// <summary>A value to record. Year and value may be numbers or text as typed ("7,5"); the date is dd/MM/yyyy.</summary>
    public sealed record ValueRequest(bool IsBaseline, JsonElement Year, JsonElement Value, string? Source, string? MeasuredOn, int? Replaces)
    {
        public IndicatorForm ToForm() => new()
        {
            IsBaseline = IsBaseline,
            Year = Text(Year),
            Value = Text(Value),
            Source = Source,
            MeasuredOn = MeasuredOn,
            Replaces = Replaces,
        };

        private static string? Text(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
    }

    public sealed record SettingsRequest(int? ResponsibleAgencyId, bool Published);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/plans/{id:int}/indicators", async Task<Results<Ok<IndicatorList.Result>, NotFound>> (int id, IndicatorList.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound())
            .WithTags("Indicators").WithName("ListIndicators").WithSummary("A plan's indicators: goal, baseline, values and progress against a straight-line trajectory.");

        var indicators = api.MapGroup("/indicators/{targetId:int}").WithTags("Indicators");
        indicators.MapGet("/", async Task<Results<Ok<IndicatorPage.View>, NotFound>> (int targetId, IndicatorPage.Handler handler, CancellationToken ct) =>
                await handler.LoadAsync(targetId, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetIndicator").WithSummary("One indicator with its values, who entered them, and its history.");

        indicators.MapPost("/values", async (int targetId, ValueRequest request, IndicatorCommands.Handler commands, IndicatorPage.Handler page, CancellationToken ct) =>
                await Answer(await commands.RecordAsync(targetId, request.ToForm(), ct), async () => (await page.LoadAsync(targetId, ct))?.Indicator))
            .WithName("RecordIndicatorValue")
            .WithSummary("Records the baseline or a year's value. Replacing a figure needs its id in replaces: otherwise 409 with the current figure.");

        indicators.MapPut("/settings", async (int targetId, SettingsRequest request, IndicatorCommands.Handler commands, IndicatorPage.Handler page, CancellationToken ct) =>
                await Answer(await commands.SetUpAsync(targetId, request.ResponsibleAgencyId, request.Published, ct), async () => (await page.LoadAsync(targetId, ct))?.Indicator))
            .WithName("SetUpIndicator").WithSummary("The coordinator names the agency entering the values and publishes the indicator or not.");
    }

    /// <summary>200 with the indicator; 404 out of scope; 403 not allowed; 422 with the field errors; 409 with the figure an entry would replace.</summary>
    private static async Task<IResult> Answer(IndicatorCommands.Result result, Func<Task<object?>> indicator) => result switch
    {
        { Outcome: IndicatorCommands.Outcome.Done } => TypedResults.Ok(await indicator()),
        { Outcome: IndicatorCommands.Outcome.NotFound } => TypedResults.NotFound(),
        { Outcome: IndicatorCommands.Outcome.Forbidden } => TypedResults.Forbid(),
        { Outcome: IndicatorCommands.Outcome.Confirm } r => TypedResults.Problem(r.Error?.Vietnamese, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["current"] = r.Current }),
        var r => TypedResults.Problem(r.Error?.Vietnamese, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = (r.Errors ?? new Dictionary<string, Message>()).ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value.Vietnamese }),
            }),
    };
}
