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
            foreach (var layout in new[] { "crlf", "no-blank-lines", "page-numbers", "tables-as-pipes", "tables-as-tabs", "tables-one-cell-per-line", "tables-one-cell-per-line-narrow" })
            {
                data.Add(seed, layout);
            }
        }

        return data;
    }

    /// <summary>
    /// The same plan exported another way: Windows line ends, no blank lines, page numbers between
    /// pages, its tables as Markdown, as tab-separated rows or printed one cell per line.
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
            "tables-one-cell-per-line" => OneCellPerLine(text, 50, 26, 12),
            "tables-one-cell-per-line-narrow" => OneCellPerLine(text, 40, 20, 10),
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

    /// <summary>
    /// Tables printed the way PDF extraction prints them: the heading cells one a line, then each
    /// row's number and the lines of each cell wrapped to the width of a narrow column.
    /// </summary>
    private static string OneCellPerLine(string text, int contentWidth, int cellWidth, int lastWidth)
    {
        var output = new List<string>();
        var rows = new List<string[]>();
        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }

            var heading = rows[0];
            output.Add(heading[0] + " " + heading[1]);
            output.AddRange(heading.Skip(2));
            foreach (var row in rows.Skip(1).Where(r => !r.SequenceEqual(heading)))
            {
                output.Add(row[0]);
                for (var c = 1; c < row.Length; c++)
                {
                    output.AddRange(Wrap(row[c], c == 1 ? contentWidth : c == row.Length - 1 ? lastWidth : cellWidth));
                }
            }

            rows.Clear();
        }

        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            string[]? cells = null;
            if (t.StartsWith('|') && !Separator().IsMatch(t))
            {
                cells = t.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            }
            else if (t.Contains('\t', StringComparison.Ordinal))
            {
                cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            }

            if (cells is null)
            {
                if (t.Length > 0 && !Separator().IsMatch(t))
                {
                    Flush();
                    output.Add(line);
                }

                continue;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (cells[0].Length == 0 && rows.Count > 1)
            {
                rows[^1] = rows[^1].Zip(cells, (a, b) => b.Length == 0 ? a : a + " " + b).ToArray();
                continue;
            }

            rows.Add(cells);
        }

        Flush();
        return string.Join('\n', output);
    }

    private static IEnumerable<string> Wrap(string cell, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

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
