using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The bot's PostgreSQL database as a <see cref="StorageDatabase"/>: one pooled Npgsql data source.</summary>
public static class PostgresDatabase
{
    public static StorageDatabase Create(string connectionString, ILogger<StorageDatabase> logger, IReadOnlyList<Migration>? migrations = null) =>
        new(NpgsqlDataSource.Create(connectionString), PostgresDialect.Instance, migrations ?? PostgresMigrations.All, logger);
}
