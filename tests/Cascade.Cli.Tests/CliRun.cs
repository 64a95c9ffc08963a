using Cascade.Data;

namespace Cascade.Cli.Tests;

/// <summary>Runs the cascade command in-process against one SQLite file, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cascade-cli-{Guid.NewGuid():N}.db");

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public async Task<Outcome> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CascadeCli.RunAsync([.. args, "--database", _database], output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>The database the commands work on, to count its rows.</summary>
    public CascadeDbContext OpenDatabase() =>
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_database};Pooling=false").CreateContext();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
