using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database Cascade runs on: SQLite by default (a file under the data folder), PostgreSQL
/// when configured. Settings: <c>Database:Provider</c> (sqlite | postgresql) and
/// <c>ConnectionStrings:Cascade</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string dataFolder)
    {
        var provider = ParseProvider(configuration["Database:Provider"]);
        var connection = configuration.GetConnectionString("Cascade");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                throw new InvalidOperationException("Database:Provider is postgresql but ConnectionStrings:Cascade is not set.");
            }

            Directory.CreateDirectory(dataFolder);
            connection = $"Data Source={Path.Combine(dataFolder, "cascade.db")}";
        }

        return new DatabaseSettings(provider, connection);
    }

    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Unknown database provider '{name}': use sqlite or postgresql."),
    };

    public void Configure(DbContextOptionsBuilder options) => Configure(options, new Auditing.AuditInterceptor(Auditing.SystemUser.Instance, TimeProvider.System));

    public void Configure(DbContextOptionsBuilder options, Auditing.AuditInterceptor audit)
    {
        options.AddInterceptors(audit);
        // A list of ids in a query goes as one array parameter (json_each on SQLite, = ANY on
        // PostgreSQL), not one parameter per id: a country's 50,000 task ids would pass SQLite's
        // limit of 32,766 variables.
        _ = Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => options.UseSqlite(ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
        };
    }
}

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CascadeDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddCascadeDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<DataStamp>();
        services.TryAddSingleton<Auditing.ICurrentUser>(Auditing.SystemUser.Instance);
        services.TryAddSingleton(TimeProvider.System);

        // The options are built once: building them for every request's context was a tenth of a kept
        // dashboard's time. So the audit interceptor and the user it asks are shared (the web's user reads
        // the current request).
        services.AddSingleton<Auditing.AuditInterceptor>();
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<CascadeDbContext, PostgresCascadeDbContext>(
                (sp, options) => settings.Configure(options, sp.GetRequiredService<Auditing.AuditInterceptor>()), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }
        else
        {
            services.AddDbContext<CascadeDbContext, SqliteCascadeDbContext>(
                (sp, options) => settings.Configure(options, sp.GetRequiredService<Auditing.AuditInterceptor>()), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }

        return services;
    }

    /// <summary>A context outside dependency injection (CLI, tests).</summary>
    public static CascadeDbContext CreateContext(this DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            var options = new DbContextOptionsBuilder<PostgresCascadeDbContext>();
            settings.Configure(options);
            return new PostgresCascadeDbContext(options.Options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteCascadeDbContext>();
            settings.Configure(options);
            return new SqliteCascadeDbContext(options.Options);
        }
    }
}

/// <summary>Used by <c>dotnet ef</c> only.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCascadeDbContext>
{
    public SqliteCascadeDbContext CreateDbContext(string[] args) =>
        (SqliteCascadeDbContext)new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db").CreateContext();
}

/// <summary>Used by <c>dotnet ef</c> only; no server is contacted to add a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCascadeDbContext>
{
    public PostgresCascadeDbContext CreateDbContext(string[] args) =>
        (PostgresCascadeDbContext)new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=cascade_design").CreateContext();
}
