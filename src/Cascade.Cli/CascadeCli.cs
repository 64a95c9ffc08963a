using System.CommandLine;
using Cascade.Cli.Commands;

namespace Cascade.Cli;

/// <summary>The <c>cascade</c> command: jobs on a Cascade database from the shell.</summary>
public static class CascadeCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Cascade: plan registers, imports and reports from the command line.");
        root.Options.Add(DatabaseOptions.Database);
        root.Options.Add(DatabaseOptions.Provider);
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ImportRegisterCommand.Create());
        root.Subcommands.Add(DemoDataCommand.Create());
        root.Subcommands.Add(RemindCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(UnitsCommand.Create());
        root.Subcommands.Add(SuccessorCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await Build().Parse(args).InvokeAsync(configuration);
    }
}
