using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cascade.Data.Generation;

/// <summary>One column a bulk load writes: its name and type mapping as the EF model has them.</summary>
public sealed record BulkColumn(string Property, string Name, bool IsNullable, string StoreType, RelationalTypeMapping Mapping)
{
    /// <summary>The value as the provider stores it, through the model's own converter (enums, DateTimeOffset on SQLite, document numbers).</summary>
    public object? ToProvider(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var converted = Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        return converted is Enum e ? Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture) : converted;
    }
}

/// <summary>
/// The table and columns an entity is stored in, read from the EF model so that a renamed table or
/// column, or a new required column the generator does not fill, fails the load loudly.
/// </summary>
public sealed class TableShape
{
    private TableShape(Type entity, string table, IReadOnlyList<BulkColumn> columns)
    {
        Entity = entity;
        Table = table;
        Columns = columns;
    }

    public Type Entity { get; }

    public string Table { get; }

    /// <summary>The columns in the order the generator gives values.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <param name="properties">Property names; a complex property's as "Timeframe.Kind".</param>
    public static TableShape For<T>(DbContext db, params string[] properties) => For(db, typeof(T), properties);

    public static TableShape For(DbContext db, Type entity, params string[] properties)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = entityType.GetTableMappings().Single().Table;
        var byProperty = new Dictionary<string, BulkColumn>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            foreach (var mapping in column.PropertyMappings)
            {
                var property = mapping.Property;
                var name = property.DeclaringType is IComplexType complex ? $"{complex.ComplexProperty.Name}.{property.Name}" : property.Name;
                byProperty[name] = new BulkColumn(name, column.Name, column.IsNullable, column.StoreType, mapping.TypeMapping);
            }
        }

        var columns = properties.Select(p => byProperty.TryGetValue(p, out var c)
                ? c
                : throw new InvalidOperationException($"{entity.Name}.{p} is not a mapped property of table {table.Name}."))
            .ToList();
        var missing = table.Columns.Where(c => !c.IsNullable && !columns.Any(w => w.Name == c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The generator does not write the required column(s) {string.Join(", ", missing)} of table {table.Name}.");
        }

        return new TableShape(entity, table.Name, columns);
    }
}

/// <summary>Rows into one table; the caller reuses its value array between rows.</summary>
public interface ITableLoad : IAsyncDisposable
{
    void Add(object?[] values);

    long Count { get; }

    Task CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>A bulk load into an empty, migrated database: one table at a time, ids given by the caller.</summary>
public interface IBulkLoader : IAsyncDisposable
{
    Task<ITableLoad> BeginAsync(TableShape shape, CancellationToken cancellationToken);

    /// <summary>Commits, brings identity sequences past the ids written and refreshes statistics.</summary>
    Task FinishAsync(IEnumerable<TableShape> tables, CancellationToken cancellationToken);
}

public static class BulkLoader
{
    public static async Task<IBulkLoader> OpenAsync(CascadeDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        return db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => await PostgresBulkLoader.StartAsync((Npgsql.NpgsqlConnection)connection, cancellationToken),
            "Microsoft.EntityFrameworkCore.Sqlite" => await SqliteBulkLoader.StartAsync((Microsoft.Data.Sqlite.SqliteConnection)connection, cancellationToken),
            var other => throw new NotSupportedException($"No bulk loader for {other}."),
        };
    }

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static async Task<object?> ScalarAsync(IDbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = (System.Data.Common.DbCommand)connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
