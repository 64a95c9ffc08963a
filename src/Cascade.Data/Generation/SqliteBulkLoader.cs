using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Cascade.Data.Generation;

/// <summary>
/// SQLite: one transaction, one prepared INSERT per table reused for every row, the journal kept in
/// memory and no fsync while loading; the journal mode and sync level are put back at the end.
/// </summary>
internal sealed class SqliteBulkLoader : IBulkLoader
{
    private readonly SqliteConnection _connection;
    private readonly string _journalMode;
    private readonly long _synchronous;
    private SqliteTransaction? _transaction;

    private SqliteBulkLoader(SqliteConnection connection, string journalMode, long synchronous)
    {
        _connection = connection;
        _journalMode = journalMode;
        _synchronous = synchronous;
    }

    public static async Task<IBulkLoader> StartAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var journal = (string)(await BulkLoader.ScalarAsync(connection, "PRAGMA journal_mode", cancellationToken))!;
        var sync = (long)(await BulkLoader.ScalarAsync(connection, "PRAGMA synchronous", cancellationToken))!;
        await BulkLoader.ScalarAsync(connection, "PRAGMA journal_mode = MEMORY", cancellationToken);
        await BulkLoader.ScalarAsync(connection, "PRAGMA synchronous = OFF", cancellationToken);
        var loader = new SqliteBulkLoader(connection, journal, sync)
        {
            _transaction = connection.BeginTransaction(),
        };
        return loader;
    }

    public Task<ITableLoad> BeginAsync(TableShape shape, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var names = string.Join(", ", shape.Columns.Select(c => BulkLoader.Quote(c.Name)));
        var values = string.Join(", ", shape.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        command.CommandText = $"INSERT INTO {BulkLoader.Quote(shape.Table)} ({names}) VALUES ({values})";
        var parameters = shape.Columns
            .Select((c, i) => (DbParameter)c.Mapping.CreateParameter(command, "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, c.IsNullable))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        return Task.FromResult<ITableLoad>(new Load(command, shape, parameters));
    }

    public async Task FinishAsync(IEnumerable<TableShape> tables, CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        _transaction = null;
        await using (var analyze = _connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        await BulkLoader.ScalarAsync(_connection, $"PRAGMA synchronous = {_synchronous}", cancellationToken);
        await BulkLoader.ScalarAsync(_connection, $"PRAGMA journal_mode = {_journalMode}", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync(); // rolls back what was not committed
        }
    }

    private sealed class Load(SqliteCommand command, TableShape shape, DbParameter[] parameters) : ITableLoad
    {
        public long Count { get; private set; }

        public void Add(object?[] values)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = shape.Columns[i].ToProvider(values[i]) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            Count++;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
