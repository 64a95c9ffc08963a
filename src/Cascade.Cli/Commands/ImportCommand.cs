using System.CommandLine;
using Cascade.Data.Registers;
using Cascade.Import;
using Cascade.Import.Registers;
using Spectre.Console;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade import FILE --json</c> prints a document's register; <c>cascade import FOLDER --save</c>
/// imports every document of a folder into the database with a progress bar and a summary.
/// </summary>
internal static class ImportCommand
{
    private static readonly string[] DocumentExtensions = [".docx", ".pdf", ".txt", ".md", ".markdown"];

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A plan document (.docx, .pdf, .txt, .md) or a folder of them." };
        var json = new Option<bool>("--json") { Description = "Print the plan register (JSON) to standard output." };
        var save = new Option<bool>("--save") { Description = "Store the imported plans in the database." };
        var command = new Command("import", "Import plan documents into plan registers.") { path, json, save };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(path)!;
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (File.Exists(target))
            {
                return await ImportFileAsync(parse, target, parse.GetValue(json), parse.GetValue(save), output, error, ct);
            }

            if (Directory.Exists(target))
            {
                if (parse.GetValue(json))
                {
                    await error.WriteLineAsync("--json prints one register: give a file, not a folder.");
                    return 2;
                }

                return await ImportFolderAsync(parse, target, parse.GetValue(save), error, output, ct);
            }

            await error.WriteLineAsync($"No such file or folder: {target}");
            return 1;
        });
        return command;
    }

    private static async Task<int> ImportFileAsync(ParseResult parse, string file, bool json, bool save, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var result = Import(file);
        foreach (var warning in result.Warnings)
        {
            await error.WriteLineAsync($"warning: {warning.Message}{(warning.Where is null ? "" : $" ({warning.Where})")}");
        }

        if (result.Register is null)
        {
            await error.WriteLineAsync($"{file}: {result.Failure?.Message}");
            return 1;
        }

        if (json)
        {
            await output.WriteAsync(PlanRegisterJson.Write(result.Register));
        }

        if (save)
        {
            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(result.Register, ct);
            if (!saved.Succeeded)
            {
                await error.WriteLineAsync($"{file}: {saved.Error}");
                return 1;
            }

            await error.WriteLineAsync($"Saved {Name(result.Register)} as plan {saved.PlanId}.");
        }
        else if (!json)
        {
            await output.WriteLineAsync($"{Name(result.Register)}: {result.Register.Tasks.Count} tasks, {result.Register.Targets.Count} targets, {result.Warnings.Count} warnings.");
        }

        return 0;
    }

    private static async Task<int> ImportFolderAsync(ParseResult parse, string folder, bool save, TextWriter error, TextWriter output, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => DocumentExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            await error.WriteLineAsync($"No documents (.docx, .pdf, .txt, .md) in {folder}.");
            return 1;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        await using var db = save ? await DatabaseOptions.OpenAsync(parse, ct) : null;
        var store = db is null ? null : new RegisterStore(db, TimeProvider.System);
        var rows = new List<(string File, string Plan, int Tasks, int Warnings, string Outcome)>();

        await console.Progress().StartAsync(async progress =>
        {
            var bar = progress.AddTask("Importing", maxValue: files.Count);
            foreach (var file in files)
            {
                bar.Description = Markup.Escape(Path.GetFileName(file));
                var result = Import(file);
                if (result.Register is null)
                {
                    rows.Add((file, "—", 0, result.Warnings.Count, result.Failure?.Message ?? "failed"));
                }
                else if (store is not null)
                {
                    var saved = await store.SaveAsync(result.Register, ct);
                    rows.Add((file, Name(result.Register), result.Register.Tasks.Count, result.Warnings.Count,
                        saved.Succeeded ? $"saved as plan {saved.PlanId}" : saved.Error!));
                }
                else
                {
                    rows.Add((file, Name(result.Register), result.Register.Tasks.Count, result.Warnings.Count, "read"));
                }

                bar.Increment(1);
            }
        });

        var table = new Spectre.Console.Table().AddColumns("File", "Plan", "Tasks", "Warnings", "Outcome");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(Path.GetFileName(row.File)), Markup.Escape(row.Plan), row.Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(row.Outcome));
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
        var failed = rows.Count(r => r.Outcome != "read" && !r.Outcome.StartsWith("saved", StringComparison.Ordinal));
        await output.WriteLineAsync($"{rows.Count} documents: {rows.Count - failed} imported, {failed} failed.");
        return failed == 0 ? 0 : 1;
    }

    private static ImportResult Import(string file)
    {
        using var stream = File.OpenRead(file);
        return PlanImporter.Import(stream, Path.GetFileName(file));
    }

    private static string Name(PlanRegister register) => register.Document.Number ?? register.Document.Issuer ?? "(no number)";
}
