using System.CommandLine;
using Cascade.Data;

namespace Cascade.Cli.Commands;

/// <summary><c>cascade demo-data</c>: loads the demo plans into an empty database.</summary>
internal static class DemoDataCommand
{
    public static Command Create()
    {
        var command = new Command("demo-data", "Load the demo data (the five seed plans and their agencies) into an empty database.");
        command.SetAction(async (parse, ct) =>
        {
            await using var db = DatabaseOptions.Resolve(parse).CreateContext();
            var loaded = await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(loaded > 0
                ? $"Loaded {loaded} demo plans."
                : "The database already holds plans; nothing was loaded.");
            return 0;
        });
        return command;
    }
}
