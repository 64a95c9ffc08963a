using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Import.Tests.Tasks;

/// <summary>The tasks of each seed plan equal its hand-checked register (shared/gold).</summary>
public class SeedTaskTests
{
    public static TheoryData<string> Seeds() => new(RepoPaths.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_tasks_of_each_seed_plan_match_its_gold_register(string seed)
    {
        var gold = await PlanRegisterJson.ReadFileAsync(RepoPaths.GoldRegister(seed), TestContext.Current.CancellationToken);
        Assert.True(gold.Succeeded, gold.Error);

        var text = await File.ReadAllTextAsync(RepoPaths.SeedText(seed), TestContext.Current.CancellationToken);
        var result = PlanImporter.ImportText(text);

        var score = RegisterComparison.CompareTasks(gold.Register!, result.Register!);
        Assert.True(score.Perfect, score.ToString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_tasks_of_each_seed_plan_survive_a_round_trip_through_the_register_format(string seed)
    {
        var text = await File.ReadAllTextAsync(RepoPaths.SeedText(seed), TestContext.Current.CancellationToken);
        var register = PlanImporter.ImportText(text).Register!;

        // Only the tasks are under test here: the other sections are replaced by a valid minimum.
        var tasksOnly = register with { Document = new RegisterDocument { Kind = "plan", Level = "province", Issuer = "x" }, Targets = [], Reporting = [] };
        var json = PlanRegisterJson.Write(tasksOnly);
        var read = PlanRegisterJson.Read(json);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(register.Tasks.Count, read.Register!.Tasks.Count);
    }
}
