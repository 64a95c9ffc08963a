using Cascade.Web.Infrastructure;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>The dashboards' figures under /api, from the same handler as the pages.</summary>
public static class DashboardsApi
{
    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var dashboards = api.MapGroup("/dashboards").WithTags("Dashboards");
        dashboards.MapGet("/national", (int? year, string? sector, string? group, Dashboard.Answers answers, IOptions<JsonOptions> json) =>
                AnswerAsync(DashboardKind.National, null, year, sector, group, answers, json.Value.SerializerOptions))
            .Produces<Dashboard.Result>(StatusCodes.Status200OK, "application/json")
            .WithName("GetNationalDashboard")
            .WithSummary("The year's figures of every plan the caller reads: the whole country for national viewers and administrators.");

        dashboards.MapGet("/provinces/{unitId:int}", (int unitId, int? year, string? sector, string? group, Dashboard.Answers answers, IOptions<JsonOptions> json) =>
                AnswerAsync(DashboardKind.Province, unitId, year, sector, group, answers, json.Value.SerializerOptions))
            .Produces<Dashboard.Result>(StatusCodes.Status200OK, "application/json")
            .WithName("GetProvinceDashboard").WithSummary("The year's figures of a province's plans.");

        dashboards.MapGet("/plans/{id:int}", (int id, int? year, string? sector, string? group, Dashboard.Answers answers, IOptions<JsonOptions> json) =>
                AnswerAsync(DashboardKind.Plan, id, year, sector, group, answers, json.Value.SerializerOptions))
            .Produces<Dashboard.Result>(StatusCodes.Status200OK, "application/json")
            .WithName("GetPlanDashboard").WithSummary("The year's figures of a plan.");

        dashboards.MapGet("/agencies/{id:int}", (int id, int? year, string? sector, string? group, Dashboard.Answers answers, IOptions<JsonOptions> json) =>
                AnswerAsync(DashboardKind.Agency, id, year, sector, group, answers, json.Value.SerializerOptions))
            .Produces<Dashboard.Result>(StatusCodes.Status200OK, "application/json")
            .WithName("GetAgencyDashboard").WithSummary("The year's figures of the tasks an agency leads today.");
    }

    /// <param name="sector">A <see cref="Core.Tasks.Sector"/> by name, as the answers write it ("health") or not ("Health").</param>
    /// <param name="group">A <see cref="Core.Tasks.SolutionGroup"/> by name.</param>
    private static async Task<Results<KeptResponse, NotFound, ValidationProblem>> AnswerAsync(
        DashboardKind kind, int? id, int? year, string? sector, string? group, Dashboard.Answers answers, JsonSerializerOptions json)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is < Dashboard.FirstYear or > Dashboard.LastYear)
        {
            errors["year"] = [$"Năm phải là một số từ {Dashboard.FirstYear} đến {Dashboard.LastYear}."];
        }

        if (!TryName<Core.Tasks.Sector>(sector, out var sectorValue))
        {
            errors["sector"] = [$"Không có lĩnh vực {sector}; các lĩnh vực: {string.Join(", ", Enum.GetNames<Core.Tasks.Sector>())}."];
        }

        if (!TryName<Core.Tasks.SolutionGroup>(group, out var groupValue))
        {
            errors["group"] = [$"Không có nhóm giải pháp {group}; các nhóm: {string.Join(", ", Enum.GetNames<Core.Tasks.SolutionGroup>())}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await answers.AnswerAsync(new Dashboard.Query(kind, id, year, sectorValue, groupValue), json) is { } answer
            ? answer
            : TypedResults.NotFound();
    }

    /// <summary>An enum value by its name in any case; a number is not a name.</summary>
    private static bool TryName<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } name)
        {
            return false;
        }

        value = Enum.Parse<T>(name);
        return true;
    }
}
