using System.Text.RegularExpressions;
using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Import.Tests.Tasks;

/// <summary>The tasks of each seed plan equal its hand-checked register (shared/gold).</summary>
public partial class SeedTaskTests
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

    public static TheoryData<string, string> SeedsAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in RepoPaths.SeedNames)
        {
            foreach (var layout in new[] { "crlf", "no-blank-lines", "page-numbers", "tables-as-pipes", "tables-as-tabs" })
            {
                data.Add(seed, layout);
            }
        }

        return data;
    }

    /// <summary>
    /// The same plan exported another way: Windows line ends, no blank lines, page numbers between
    /// pages, its tables as Markdown or as tab-separated rows.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedsAndLayouts))]
    public async Task The_tasks_of_each_seed_plan_do_not_depend_on_how_its_lines_were_exported(string seed, string layout)
    {
        var gold = await PlanRegisterJson.ReadFileAsync(RepoPaths.GoldRegister(seed), TestContext.Current.CancellationToken);
        var text = await File.ReadAllTextAsync(RepoPaths.SeedText(seed), TestContext.Current.CancellationToken);
        text = layout switch
        {
            "crlf" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            "no-blank-lines" => BlankLines().Replace(text, "\n"),
            "tables-as-pipes" => TabsToPipes(text),
            "tables-as-tabs" => PipesToTabs(text),
            _ => PageNumbers(text),
        };

        var score = RegisterComparison.CompareTasks(gold.Register!, PlanImporter.ImportText(text).Register!);

        Assert.True(score.Perfect, score.ToString());
    }

    /// <summary>A page number alone on its line before every fortieth blank line, as PDF text prints it.</summary>
    private static string PageNumbers(string text)
    {
        var page = 1;
        var blanks = 0;
        return BlankLines().Replace(text, m => ++blanks % 40 == 0 ? $"\n\n{++page}\n\n" : m.Value);
    }

    /// <summary>Tab-separated rows written as a Markdown table, a separator under each first row.</summary>
    private static string TabsToPipes(string text)
    {
        var lines = text.Split('\n');
        var output = new List<string>();
        var previousWasRow = false;
        foreach (var line in lines)
        {
            var isRow = line.Contains('\t', StringComparison.Ordinal) && line.Split('\t').Count(c => c.Trim().Length > 0) >= 2;
            if (isRow)
            {
                var cells = line.TrimEnd().Split('\t');
                output.Add("| " + string.Join(" | ", cells) + " |");
                if (!previousWasRow)
                {
                    output.Add("|" + string.Concat(Enumerable.Repeat("---|", cells.Length)));
                }
            }
            else
            {
                output.Add(line);
            }

            previousWasRow = isRow || previousWasRow && line.Trim().Length == 0;
        }

        return string.Join('\n', output);
    }

    /// <summary>Markdown table rows written tab-separated, separators dropped.</summary>
    private static string PipesToTabs(string text) => string.Join('\n', text.Split('\n')
        .Where(l => !Separator().IsMatch(l))
        .Select(l => l.TrimStart().StartsWith('|') ? string.Join('\t', l.Trim().Trim('|').Split('|').Select(c => c.Trim())) : l));

    [GeneratedRegex(@"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLines();

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
