using System.Data.Common;
using System.Globalization;

namespace Bot.Host.Storage;

/// <summary>
/// The bot's database, whichever provider: hands out open connections from the provider's data source and brings the
/// schema up to date once per process, before the first connection is handed out, so no caller can see an old schema.
/// Several processes starting together apply each step once: the migration transaction is locked (SQLite's
/// <c>BEGIN IMMEDIATE</c>, PostgreSQL's advisory lock), so the others wait and then find nothing left to do.
/// </summary>
public sealed class StorageDatabase : IStorageMigrations, IAsyncDisposable, IDisposable
{
    private readonly DbDataSource _dataSource;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly ILogger<StorageDatabase> _logger;
    private readonly Lazy<Task> _migrated;

    public StorageDatabase(DbDataSource dataSource, SqlDialect dialect, IReadOnlyList<Migration> migrations, ILogger<StorageDatabase> logger)
    {
        IStorageMigrations.CheckVersions(migrations.Select(m => m.Version).ToList(), nameof(migrations));

        _dataSource = dataSource;
        Dialect = dialect;
        _migrations = migrations;
        _logger = logger;
        _migrated = new Lazy<Task>(() => MigrateAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SqlDialect Dialect { get; }

    /// <summary>The highest migration this build knows.</summary>
    public int LatestVersion => _migrations[^1].Version;

    /// <summary>Applies pending migrations (once per process); safe to call many times.</summary>
    public Task EnsureMigratedAsync() => _migrated.Value;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync().WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>The schema version the database is at (0 for a new one).</summary>
    public async Task<int> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await Dialect.PrepareAsync(_dataSource, cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
        await using (var create = connection.Command(Dialect.SchemaVersionTable, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this build knows ({LatestVersion}). Run a newer build or restore a matching backup.");
        }

        foreach (var migration in _migrations.Where(m => m.Version > current))
        {
            await using (var step = connection.Command(migration.Sql, transaction))
            {
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = connection.Command("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", transaction);
            record.Bind("version", migration.Version);
            record.Bind("name", migration.Name);
            record.Bind("at", Dialect.Time(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Applied database migration {Version} ({Name})", migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(Dialect.TableExists, transaction);
        exists.Bind("name", "schema_version");
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        await using var query = connection.Command("SELECT coalesce(max(version), 0) FROM schema_version", transaction);
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
