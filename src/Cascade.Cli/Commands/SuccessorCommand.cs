using System.CommandLine;
using System.Globalization;
using Cascade.Data.Reorganisation;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade successor "NAME" [--province PROVINCE] [--on DATE]</c>: the agency holding the named
/// agency's duties on the day, with the changes on the way and their legal basis.
/// </summary>
internal static class SuccessorCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The agency as a plan names it (\"Sở Kế hoạch và Đầu tư\", \"Ủy ban nhân dân tỉnh Kiên Giang\")." };
        var province = new Option<string?>("--province") { Description = "Its province, when the name does not say it (\"Trà Vinh\")." };
        var on = new Option<string?>("--on") { Description = "The day asked about, yyyy-MM-dd or dd/MM/yyyy (default: today)." };
        var command = new Command("successor", "Which agency holds the duties of an agency on a day, after the 2025 reorganisation.") { name, province, on };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var day = DateOnly.FromDateTime(DateTime.Now);
            if (parse.GetValue(on) is { } text && !DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                await error.WriteLineAsync($"--on '{text}' is not a date (yyyy-MM-dd or dd/MM/yyyy).");
                return 1;
            }

            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var answer = await new SuccessorLookup(db).FindAsync(parse.GetValue(name)!, parse.GetValue(province), day, ct);
            if (answer is null)
            {
                await error.WriteLineAsync($"No province or city named '{parse.GetValue(province)}'.");
                return 1;
            }

            await output.WriteLineAsync(Line($"{answer.Agency}, on {day:dd/MM/yyyy}:"));
            if (answer.Steps.Count == 0)
            {
                await output.WriteLineAsync("  no change known: it holds its own duties.");
            }

            foreach (var step in answer.Steps)
            {
                await output.WriteLineAsync(Line($"  {step.EffectiveOn:dd/MM/yyyy}  {step.From}, by {step.LegalBasis}:"));
                foreach (var successor in step.Successors)
                {
                    var marks = new List<string>();
                    if (step.Successors.Count > 1 && successor.IsMain)
                    {
                        marks.Add("main");
                    }

                    if (successor.Functions is { } functions)
                    {
                        marks.Add(functions);
                    }

                    await output.WriteLineAsync($"              → {successor.Name}{(marks.Count > 0 ? $" [{string.Join("; ", marks)}]" : "")}");
                }
            }

            await output.WriteLineAsync($"Holder: {answer.Holder}");
            return 0;
        });
        return command;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
