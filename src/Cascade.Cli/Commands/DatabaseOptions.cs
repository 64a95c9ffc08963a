using System.CommandLine;
using Cascade.Data;

namespace Cascade.Cli.Commands;

/// <summary>
/// Which database a command works on. By default the web app's SQLite file when run inside the
/// repository (src/Cascade.Web/App_Data/cascade.db), else App_Data/cascade.db in the current
/// folder; CASCADE_DATABASE and CASCADE_PROVIDER set them from the environment.
/// </summary>
internal static class DatabaseOptions
{
    public static readonly Option<string?> Database = new("--database", "--db")
    {
        Description = "A SQLite file or a connection string (PostgreSQL: Host=...;Database=...).",
        Recursive = true,
    };

    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "sqlite (default) or postgresql.",
        Recursive = true,
    };

    public static DatabaseSettings Resolve(ParseResult parse)
    {
        var provider = DatabaseSettings.ParseProvider(parse.GetValue(Provider) ?? Environment.GetEnvironmentVariable("CASCADE_PROVIDER"));
        var database = parse.GetValue(Database) ?? Environment.GetEnvironmentVariable("CASCADE_DATABASE");
        if (string.IsNullOrWhiteSpace(database))
        {
            database = DefaultSqliteFile();
        }

        if (provider == DatabaseProvider.Sqlite && !database.Contains('=', StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);
            database = $"Data Source={database}";
        }

        return new DatabaseSettings(provider, database);
    }

    private static string DefaultSqliteFile()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cascade.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Cascade.Web", "App_Data", "cascade.db");
            }
        }

        return Path.Combine("App_Data", "cascade.db");
    }

    /// <summary>Opens the database, bringing its schema up to date first.</summary>
    public static async Task<CascadeDbContext> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var db = Resolve(parse).CreateContext();
        await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: false, cancellationToken);
        return db;
    }
}
