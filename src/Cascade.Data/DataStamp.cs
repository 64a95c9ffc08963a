using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cascade.Data;

/// <summary>
/// A mark that moves when any process commits to the database: the command line importing a plan
/// into the database a running web app serves. Results kept between requests carry it, so that they
/// are rebuilt after such a save too, within <see cref="Refresh"/>. SQLite: the time and size of the
/// database file and its write-ahead log; PostgreSQL: the next transaction id.
/// </summary>
public sealed class DataStamp(DatabaseSettings settings)
{
    /// <summary>How long a mark read is trusted: the database is not asked on every request.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private string _stamp = string.Empty;
    private long _readAt = long.MinValue;

    /// <summary>
    /// Where the data stands: saves made in this process (<see cref="Progress.TaskStatusCache.Changes"/>, at
    /// once) and in any other (this stamp). A result kept under it is valid while it stays the same.
    /// </summary>
    public async ValueTask<string> SavesAsync(CancellationToken cancellationToken = default) =>
        $"{Progress.TaskStatusCache.Changes}|{await CurrentAsync(cancellationToken)}";

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_readAt != long.MinValue && Stopwatch.GetElapsedTime(_readAt) < Refresh)
            {
                return _stamp;
            }
        }

        var stamp = settings.Provider == DatabaseProvider.PostgreSql ? await PostgresAsync(cancellationToken) : Sqlite();
        lock (_gate)
        {
            _stamp = stamp;
            _readAt = Stopwatch.GetTimestamp();
        }

        return stamp;
    }

    private string Sqlite()
    {
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || !File.Exists(file))
        {
            // A database in memory lives in this process alone: its saves are seen without a mark.
            return string.Empty;
        }

        static string Of(FileInfo f) => f.Exists ? $"{f.LastWriteTimeUtc.Ticks}:{f.Length}" : "-";
        return $"{Of(new FileInfo(file))}|{Of(new FileInfo(file + "-wal"))}";
    }

    /// <summary>
    /// The next transaction id: it moves only when a transaction writes (a read takes none). The write
    /// position of the log, used before, also moved with the server's own upkeep (autovacuum, checkpoints),
    /// and so threw away every kept result while the country's dashboard was being built.
    /// </summary>
    private async Task<string> PostgresAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
