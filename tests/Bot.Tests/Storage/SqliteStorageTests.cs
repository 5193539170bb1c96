using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-storage-tests", Guid.NewGuid().ToString("N"));

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bot.db") }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_new_database_is_created_in_WAL_mode_with_every_migration_recorded_once()
    {
        var database = Database();

        await database.EnsureMigratedAsync();
        await Database().EnsureMigratedAsync();

        Assert.True(File.Exists(Path.Combine(_folder, "bot.db")));
        Assert.Equal(SqliteMigrations.All[^1].Version, await database.GetVersionAsync(CancellationToken.None));
        await using var connection = await database.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteMigrations.All.Count, await ScalarAsync(connection, "SELECT count(*) FROM schema_version"));
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task Only_migrations_newer_than_the_database_are_applied()
    {
        Migration[] first = [new(1, "one", "CREATE TABLE one (x INTEGER);")];
        Migration[] both = [.. first, new(2, "two", "CREATE TABLE two (y INTEGER);")];
        await Database(first).EnsureMigratedAsync();

        var upgraded = Database(both);
        await upgraded.EnsureMigratedAsync();

        Assert.Equal(2, await upgraded.GetVersionAsync(CancellationToken.None));
        await using var connection = await upgraded.OpenAsync(CancellationToken.None);
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('one', 'two')"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_schema_at_the_previous_version()
    {
        Migration[] broken = [new(1, "one", "CREATE TABLE one (x INTEGER);"), new(2, "broken", "CREATE TABLE two (y INTEGER); THIS IS NOT SQL;")];

        await Assert.ThrowsAsync<SqliteException>(() => Database(broken).EnsureMigratedAsync());

        Assert.Equal(0, await Database(broken).GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_database_file_deleted_under_a_running_bot_fails_the_next_open_instead_of_serving_an_orphaned_copy()
    {
        var database = Database();
        await (await database.OpenAsync(CancellationToken.None)).DisposeAsync();

        File.Delete(Path.Combine(_folder, "bot.db"));

        var error = await Assert.ThrowsAsync<SqliteException>(() => database.OpenAsync(CancellationToken.None));
        Assert.Contains("bot.db is gone", error.Message);
    }

    [Fact]
    public void The_default_database_file_is_bot_db_in_the_data_folder_under_the_content_root()
    {
        var connectionString = SqliteStorageServiceCollectionExtensions.ConnectionString(new StorageOptions(), "/srv/bot");

        Assert.Equal(Path.Combine("/srv/bot", "data", "bot.db"), new SqliteConnectionStringBuilder(connectionString).DataSource);
    }

    private StorageDatabase Database(IReadOnlyList<Migration>? migrations = null) =>
        SqliteDatabase.Create(ConnectionString, TimeSpan.FromSeconds(5), NullLogger<StorageDatabase>.Instance, migrations);

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
