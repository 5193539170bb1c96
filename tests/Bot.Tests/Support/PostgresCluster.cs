using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Bot.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL 15 cluster for the whole test run: <c>initdb</c> in a temporary folder, <c>pg_ctl</c> on a
/// free loopback port with its unix socket in that folder, trust authentication for loopback only. PostgreSQL refuses
/// to run as root, so when the tests run as root the cluster runs as the <c>postgres</c> user. One cluster serves every
/// test class, whichever xUnit collection it is in (the Quartz tests must stay in theirs), so it is started on first
/// use and stopped when the test process exits; a watchdog stops and removes it if the process dies instead.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private const string BinFolder = "/usr/lib/postgresql/15/bin";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"bot-postgres-{Guid.NewGuid():N}");

    private string DataFolder => Path.Combine(_folder, "data");

    public int Port { get; private set; }

    /// <summary>A connection string to the maintenance database, for creating one database per test.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    private PostgresCluster()
    {
    }

    /// <summary>The run's cluster, started by the first test that asks.</summary>
    public static Task<PostgresCluster> StartedAsync() => Shared.Value;

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        var cluster = new PostgresCluster();
        await cluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAsync().GetAwaiter().GetResult();
        return cluster;
    }

    private async Task StartAsync()
    {
        if (!File.Exists(Path.Combine(BinFolder, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinFolder}/initdb is missing); .ci/run installs the postgresql-15 package.");
        }

        Directory.CreateDirectory(_folder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", _folder]);
        }

        await RunPostgresToolAsync("initdb", ["-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        Port = FreeLoopbackPort();
        // Durability off: a test cluster is thrown away, and fsync on a loaded machine costs seconds per test class.
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunPostgresToolAsync("pg_ctl", ["start", "-D", DataFolder, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-l", Path.Combine(_folder, "server.log"), "-o", settings]);
        StartWatchdog();
        await WaitUntilAcceptingAsync();
    }

    private async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPostgresToolAsync("pg_ctl", ["stop", "-D", DataFolder, "-m", "immediate", "-w", "-t", "30"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A new, empty database on the cluster, and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        // Small per-database pools: the cluster serves every test class of the run.
        MaxPoolSize = 20,
    }.ConnectionString;

    private async Task WaitUntilAcceptingAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Stops and removes the cluster once this process is gone, whether or not it disposed the fixture.</summary>
    private void StartWatchdog()
    {
        var stop = Environment.IsPrivilegedProcess
            ? $"runuser -u postgres -- {BinFolder}/pg_ctl stop -D '{DataFolder}' -m immediate"
            : $"{BinFolder}/pg_ctl stop -D '{DataFolder}' -m immediate";
        // Its own session and no inherited output, so it neither dies with the test process nor holds the runner's pipes open.
        var script = "exec </dev/null >/dev/null 2>&1; " +
                     $"while [ -d /proc/{Environment.ProcessId} ] && [ -d '{DataFolder}' ]; do sleep 1; done; " +
                     $"if [ -d '{DataFolder}' ]; then {stop}; rm -rf '{_folder}'; fi";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false });
    }

    private static Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinFolder, tool), .. arguments])
            : RunAsync(Path.Combine(BinFolder, tool), arguments);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout + TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
