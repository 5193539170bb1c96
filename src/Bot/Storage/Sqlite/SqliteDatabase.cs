namespace Bot.Host.Storage.Sqlite;

/// <summary>The bot's SQLite file as a <see cref="StorageDatabase"/>.</summary>
public static class SqliteDatabase
{
    public static StorageDatabase Create(string connectionString, TimeSpan busyTimeout, ILogger<StorageDatabase> logger, IReadOnlyList<Migration>? migrations = null) =>
        new(new SqliteFileDataSource(connectionString, busyTimeout), SqliteDialect.Instance, migrations ?? SqliteMigrations.All, logger);
}
