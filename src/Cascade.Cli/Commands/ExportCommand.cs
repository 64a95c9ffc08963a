using System.CommandLine;
using Cascade.Data.Registers;
using Cascade.Import.Registers;

namespace Cascade.Cli.Commands;

/// <summary><c>cascade export PLAN --format plan-register [--out FILE]</c>: a stored plan as its register.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan's id or its number and symbol (105/KH-UBND)." };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "plan-register",
        };
        format.AcceptOnlyFromAmong("plan-register");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };

        var command = new Command("export", "Write a stored plan in the plan-register format.") { plan, format, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var store = new RegisterStore(db, TimeProvider.System);
            var id = parse.GetValue(plan)!;
            var planId = await store.FindPlanIdAsync(id, ct);
            if (planId is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No plan with id or number '{id}'.");
                return 1;
            }

            var json = PlanRegisterJson.Write((await store.ExportAsync(planId.Value, ct))!);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, ct);
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Wrote {file.FullName}");
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(json);
            }

            return 0;
        });
        return command;
    }
}
