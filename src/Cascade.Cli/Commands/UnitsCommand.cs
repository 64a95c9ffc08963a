using System.CommandLine;
using Cascade.Data.Reorganisation;
using static System.FormattableString;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade units load-provinces</c>: the 34 provinces and the 63 they replaced, with successors;
/// <c>cascade units load-communes FILE.csv</c>: the communes of the official list under their provinces.
/// </summary>
internal static class UnitsCommand
{
    public static Command Create()
    {
        var command = new Command("units", "The catalogue of administrative units: provinces and communes.");
        command.Subcommands.Add(LoadProvinces());
        command.Subcommands.Add(LoadCommunes());
        return command;
    }

    private static Command LoadProvinces()
    {
        var command = new Command("load-provinces",
            "Add the province catalogue (Resolution 202/2025/QH15) to the database, units already there kept; then write the successions of the agencies the stored plans name and hand their tasks to today's agencies.");
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var done = await CatalogueUpgrade.RunAsync(db, DateOnly.FromDateTime(DateTime.Now), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                Invariant($"Added {done.UnitsAdded} province-level units; {done.AgenciesEnded} agencies ended by the 2025 rules; {done.AssignmentsMoved} assignments moved to today's agencies."));
            return 0;
        });
        return command;
    }

    private static Command LoadCommunes()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: code (5 digits), name, province code, kind (xã, phường, đặc khu)." };
        var command = new Command("load-communes", "Load communes, wards and special zones from a list in the official format.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path}: no such file.");
                return 1;
            }

            var text = await File.ReadAllTextAsync(path, ct);
            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var loaded = await CommuneCatalogue.LoadAsync(db, text, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                Invariant($"Loaded {loaded.Added} communes ({loaded.Unchanged} already known); {loaded.Errors.Count} lines refused."));
            foreach (var error in loaded.Errors)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(error.Message);
            }

            return loaded.Errors.Count == 0 ? 0 : 2;
        });
        return command;
    }
}
