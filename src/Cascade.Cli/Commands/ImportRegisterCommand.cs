using System.CommandLine;
using Cascade.Data.Registers;
using Cascade.Import.Registers;

namespace Cascade.Cli.Commands;

/// <summary><c>cascade import-register FILE.json</c>: stores a plan register (for example an edited export).</summary>
internal static class ImportRegisterCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A plan-register/1 JSON file." };
        var command = new Command("import-register", "Load a plan register into the database.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var read = await PlanRegisterJson.ReadFileAsync(path, ct);
            if (read.Register is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path}: {read.Error}");
                return 1;
            }

            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(read.Register, ct);
            if (!saved.Succeeded)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path}: {saved.Error}");
                return 1;
            }

            var name = read.Register.Document.Number ?? read.Register.Document.Issuer;
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Loaded {name} as plan {saved.PlanId}: {read.Register.Tasks.Count} tasks, {saved.NewAgencies.Count} new agencies.");
            foreach (var agency in saved.NewAgencies)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"  new agency: {agency}");
            }

            return 0;
        });
        return command;
    }
}
