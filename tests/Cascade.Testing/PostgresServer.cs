using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cascade.Testing;

/// <summary>
/// A throwaway PostgreSQL server for the test run: initdb into a temp folder, pg_ctl on a free
/// loopback port, stopped and deleted at the end. As root (CI, sessions) the server runs as the
/// postgres user, since initdb refuses root. Set CASCADE_TEST_POSTGRES to a connection string to
/// use an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? _dataDir;
    private readonly string? _binDir;
    private readonly bool _asPostgresUser;

    private PostgresServer(string? adminConnectionString, string? unavailableReason, string? dataDir, string? binDir, bool asPostgresUser)
    {
        AdminConnectionString = adminConnectionString;
        UnavailableReason = unavailableReason;
        _dataDir = dataDir;
        _binDir = binDir;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>Connection to the maintenance database; null when no server could be had.</summary>
    public string? AdminConnectionString { get; }

    /// <summary>Why PostgreSQL tests are skipped, for their skip message.</summary>
    public string? UnavailableReason { get; }

    public bool IsAvailable => AdminConnectionString is not null;

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    /// <summary>One server per test process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (AdminConnectionString is null)
        {
            throw new InvalidOperationException(UnavailableReason);
        }

        var name = "cascade_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        if (AdminConnectionString is null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("CASCADE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null, null, null, false);
        }

        var binDir = FindBinaries();
        if (binDir is null)
        {
            return new PostgresServer(null,
                "PostgreSQL server binaries (initdb, pg_ctl) are not installed; install the Debian package postgresql or set CASCADE_TEST_POSTGRES.",
                null, null, false);
        }

        var asPostgresUser = Environment.UserName == "root";
        var dataDir = Path.Combine(Path.GetTempPath(), "cascade-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        if (asPostgresUser)
        {
            await RunAsync("chown", $"postgres:postgres {dataDir}");
        }

        var port = FreePort();
        try
        {
            await RunPgAsync(binDir, asPostgresUser, "initdb", $"-D {dataDir}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
            var options = $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            await RunPgAsync(binDir, asPostgresUser, "pg_ctl", $"-D {dataDir}/data -l {dataDir}/server.log -w -t 60 -o \"{options}\" start");
        }
        catch (InvalidOperationException e)
        {
            return new PostgresServer(null, "PostgreSQL could not be started for the tests: " + e.Message, null, null, false);
        }

        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";
        var server = new PostgresServer(connection, null, dataDir, binDir, asPostgresUser);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        return server;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private int _stopped;

    private async Task StopAsync()
    {
        if (_dataDir is null || _binDir is null || Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPgAsync(_binDir, _asPostgresUser, "pg_ctl", $"-D {_dataDir}/data -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder is removed below all the same.
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPgAsync(string binDir, bool asPostgresUser, string tool, string arguments) =>
        asPostgresUser
            ? RunAsync("runuser", $"-u postgres -- {Path.Combine(binDir, tool)} {arguments}")
            : RunAsync(Path.Combine(binDir, tool), arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
