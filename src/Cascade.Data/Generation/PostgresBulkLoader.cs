using Npgsql;

namespace Cascade.Data.Generation;

/// <summary>
/// PostgreSQL: binary COPY per table inside one transaction; afterwards each identity sequence is
/// moved past the largest id written (the ids came from the generator) and the tables analysed.
/// </summary>
internal sealed class PostgresBulkLoader : IBulkLoader
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    private PostgresBulkLoader(NpgsqlConnection connection)
    {
        _connection = connection;
    }

    public static async Task<IBulkLoader> StartAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var loader = new PostgresBulkLoader(connection);
        loader._transaction = await connection.BeginTransactionAsync(cancellationToken);
        return loader;
    }

    public async Task<ITableLoad> BeginAsync(TableShape shape, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", shape.Columns.Select(c => BulkLoader.Quote(c.Name)));
        var importer = await _connection.BeginBinaryImportAsync($"COPY {BulkLoader.Quote(shape.Table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        // Completing a COPY waits for the server to check a million foreign keys: no 30-second limit.
        importer.Timeout = TimeSpan.Zero;
        return new Load(importer, shape);
    }

    public async Task FinishAsync(IEnumerable<TableShape> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Where(t => t.Columns.Any(c => c.Name == "Id")).Select(t => t.Table).Distinct())
        {
            var quoted = BulkLoader.Quote(table);
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{quoted.Replace("'", "''", StringComparison.Ordinal)}', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM {quoted}), 1))",
                _connection, _transaction);
            reset.CommandTimeout = 0;
            await reset.ExecuteScalarAsync(cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        _transaction = null;
        await using var analyze = new NpgsqlCommand("ANALYZE", _connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // After a failed COPY the connection may be broken: disposing rolls back if it still can,
        // and never hides the error that stopped the load.
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }

    private sealed class Load(NpgsqlBinaryImporter importer, TableShape shape) : ITableLoad
    {
        public long Count { get; private set; }

        public void Add(object?[] values)
        {
            importer.StartRow();
            for (var i = 0; i < shape.Columns.Count; i++)
            {
                var value = shape.Columns[i].ToProvider(values[i]);
                if (value is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value);
                }
            }

            Count++;
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await importer.CompleteAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => importer.DisposeAsync();
    }
}
