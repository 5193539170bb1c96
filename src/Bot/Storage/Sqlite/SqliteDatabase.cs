using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// The bot's SQLite file: hands out open connections (busy timeout set) and brings the schema up to date once,
/// before the first connection is handed out, so no caller can see an old schema.
/// </summary>
public sealed class SqliteDatabase : IStorageMigrations
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly IReadOnlyList<SqliteMigration> _migrations;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Lazy<Task> _migrated;

    public SqliteDatabase(string connectionString, TimeSpan busyTimeout, ILogger<SqliteDatabase> logger)
        : this(connectionString, busyTimeout, SqliteMigrations.All, logger)
    {
    }

    public SqliteDatabase(string connectionString, TimeSpan busyTimeout, IReadOnlyList<SqliteMigration> migrations, ILogger<SqliteDatabase> logger)
    {
        IStorageMigrations.CheckVersions(migrations.Select(m => m.Version).ToList(), nameof(migrations));

        _connectionString = connectionString;
        _busyTimeoutMilliseconds = (int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue);
        _migrations = migrations;
        _logger = logger;
        _migrated = new Lazy<Task>(() => MigrateAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The highest migration this build knows.</summary>
    public int LatestVersion => _migrations[^1].Version;

    /// <summary>Applies pending migrations (once per process); safe to call many times.</summary>
    public Task EnsureMigratedAsync() => _migrated.Value;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync().WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>The schema version the file is at (0 for a new file).</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenRawAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // Per connection: wait for a writer instead of failing at once; NORMAL sync is durable enough in WAL mode.
            pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(_connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var connection = await OpenRawAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            // WAL is a property of the file: set once, it lets readers run beside the single writer.
            setup.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER NOT NULL PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE takes the write lock up front, so two processes starting together apply each step once.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this build knows ({LatestVersion}). Run a newer build or restore a matching backup.");
        }

        foreach (var migration in _migrations.Where(m => m.Version > current))
        {
            await using var step = connection.CreateCommand();
            step.Transaction = transaction;
            step.CommandText = migration.Sql;
            await step.ExecuteNonQueryAsync(cancellationToken);

            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Applied database migration {Version} ({Name})", migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
