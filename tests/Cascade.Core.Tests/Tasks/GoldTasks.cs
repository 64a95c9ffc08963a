using System.Text.Json;

namespace Cascade.Core.Tests.Tasks;

/// <summary>
/// The tasks of the five gold registers (../shared/gold beside the repository), read as plain JSON:
/// the rules are checked against the plans as they were written, not against made-up titles.
/// </summary>
public static class GoldTasks
{
    public const string TraVinh = "000_a067e6b2a3273be3";
    public const string LangSon = "001_2c4ec99dd9c3521a";
    public const string AnGiang = "002_aaf48fd6222eeef6";
    public const string District = "003_02369f452aec5d6c";
    public const string HaiPhong = "004_953892a000611854";

    public sealed record Task(string Ref, string? Group, string Title);

    public static TheoryData<string> Plans => new(TraVinh, LangSon, AnGiang, District, HaiPhong);

    public static IReadOnlyList<Task> Of(string plan)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldFolder, plan + ".json")));
        return json.RootElement.GetProperty("tasks").EnumerateArray()
            .Select(t => new Task(t.GetProperty("ref").GetString()!, t.GetProperty("group").GetString(), t.GetProperty("title").GetString()!))
            .ToList();
    }

    private static string GoldFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cascade.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Cascade.slnx not found."), "..", "shared", "gold");
        }
    }
}
