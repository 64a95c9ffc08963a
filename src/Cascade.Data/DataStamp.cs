using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cascade.Data;

/// <summary>
/// A mark that moves when any program commits data to the database: the command line importing a plan
/// into the database a running web app serves. Results kept between requests carry it, so that they
/// are rebuilt after such a save too, within <see cref="Refresh"/>. It is the <see cref="SaveMark"/>
/// every save sets in its own transaction. Not the database file's time (SQLite) or the server's next
/// transaction id (PostgreSQL), used before: those also moved with the kept task statuses being written,
/// with the server's upkeep and with any other database on the server, and each move threw away the
/// country's dashboard. A change made by hand in SQL is seen with the next save or the next day.
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

        var stamp = HasNoMark() ? string.Empty : await ReadAsync(cancellationToken);
        lock (_gate)
        {
            _stamp = stamp;
            _readAt = Stopwatch.GetTimestamp();
        }

        return stamp;
    }

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = settings.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Mark\" FROM \"SaveMarks\" WHERE \"Id\" = {SaveMark.TheOne}";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>
    /// A database in memory lives in this process alone: its saves are seen without a mark. A file not
    /// made yet has none to read (and is not to be made by asking).
    /// </summary>
    private bool HasNoMark()
    {
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            return false;
        }

        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || !File.Exists(builder.DataSource);
    }
}
