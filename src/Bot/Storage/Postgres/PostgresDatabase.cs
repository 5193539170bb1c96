using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// The bot's PostgreSQL database: one pooled data source, and the schema brought up to date once per process before
/// the first connection is handed out. Every instance of the bot migrates at start; an advisory lock held for the
/// migration's transaction makes the others wait and then find nothing left to do.
/// </summary>
public sealed class PostgresDatabase : IStorageMigrations, IAsyncDisposable, IDisposable
{
    /// <summary>The advisory lock key for migrations: any constant the bot's other locks do not use ("bot-migr").</summary>
    internal const long MigrationLock = 0x626F742D6D696772;

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<PostgresMigration> _migrations;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly Lazy<Task> _migrated;

    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase> logger)
        : this(connectionString, PostgresMigrations.All, logger)
    {
    }

    public PostgresDatabase(string connectionString, IReadOnlyList<PostgresMigration> migrations, ILogger<PostgresDatabase> logger)
    {
        IStorageMigrations.CheckVersions(migrations.Select(m => m.Version).ToList(), nameof(migrations));

        _dataSource = NpgsqlDataSource.Create(connectionString);
        _migrations = migrations;
        _logger = logger;
        _migrated = new Lazy<Task>(() => MigrateAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The highest migration this build knows.</summary>
    public int LatestVersion => _migrations[^1].Version;

    public Task EnsureMigratedAsync() => _migrated.Value;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync().WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>The schema version the database is at (0 for an empty one).</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Held until commit or rollback: a second instance starting now waits here, then sees the new version.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer NOT NULL PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL
            )
            """, cancellationToken);

        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this build knows ({LatestVersion}). Run a newer build or restore a matching backup.");
        }

        foreach (var migration in _migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, now())", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Applied database migration {Version} ({Name})", migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
