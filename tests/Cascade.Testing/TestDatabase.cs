using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Testing;

/// <summary>
/// A fresh, migrated database for one test, on SQLite (a temp file) or on the test run's
/// PostgreSQL server; removed when disposed. Tests never share data, so none depends on order.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;

    private TestDatabase(DatabaseSettings settings, PostgresServer? server)
    {
        Settings = settings;
        _server = server;
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>The providers every persistence test runs on.</summary>
    public static TheoryData<string> Providers => new("sqlite", "postgresql");

    /// <summary>
    /// Creates the database. For PostgreSQL without a server the test is skipped with the reason.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        TestDatabase database;
        if (DatabaseSettings.ParseProvider(provider) == DatabaseProvider.PostgreSql)
        {
            var server = await PostgresServer.GetAsync();
            if (!server.IsAvailable)
            {
                // CI sets CASCADE_REQUIRE_POSTGRES so that a broken server fails the run instead of skipping.
                if (Environment.GetEnvironmentVariable("CASCADE_REQUIRE_POSTGRES") == "1")
                {
                    Assert.Fail(server.UnavailableReason);
                }

                Assert.Skip(server.UnavailableReason!);
            }

            var connection = await server.CreateDatabaseAsync();
            database = new TestDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, connection), server);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"cascade-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"), null);
        }

        if (migrate)
        {
            await using var db = database.Settings.CreateContext();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
        }

        return database;
    }

    public CascadeDbContext CreateContext() => Settings.CreateContext();

    /// <summary>
    /// What another program's save does to the <see cref="SaveMark"/>, written in SQL so that no save of
    /// this process (whose count every test shares) sees it.
    /// </summary>
    public async Task MarkAnotherProgramsSaveAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var moved = await db.SaveMarks.ExecuteUpdateAsync(m => m.SetProperty(x => x.Mark, Guid.NewGuid()), cancellationToken);
        if (moved != 1)
        {
            throw new InvalidOperationException($"The database has {moved} save marks, not one.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(Settings.ConnectionString);
            return;
        }

        var file = Settings.ConnectionString.Split(';')[0]["Data Source=".Length..];
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
