using Bot.Core.Chat;
using Bot.Host.Storage;
using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

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
        SqliteMigration[] first = [new(1, "one", "CREATE TABLE one (x INTEGER);")];
        SqliteMigration[] both = [.. first, new(2, "two", "CREATE TABLE two (y INTEGER);")];
        await Database(first).EnsureMigratedAsync();

        var upgraded = Database(both);
        await upgraded.EnsureMigratedAsync();

        Assert.Equal(2, await upgraded.GetVersionAsync(CancellationToken.None));
        await using var connection = await upgraded.OpenAsync(CancellationToken.None);
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('one', 'two')"));
    }

    [Fact]
    public async Task A_database_newer_than_the_build_is_refused_with_a_clear_message()
    {
        SqliteMigration[] newer = [new(1, "one", "SELECT 1;"), new(2, "two", "SELECT 1;")];
        await Database(newer).EnsureMigratedAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Database([newer[0]]).EnsureMigratedAsync());

        Assert.Contains("schema version 2, newer than this build knows (1)", failure.Message);
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_schema_at_the_previous_version()
    {
        SqliteMigration[] broken = [new(1, "one", "CREATE TABLE one (x INTEGER);"), new(2, "broken", "CREATE TABLE two (y INTEGER); THIS IS NOT SQL;")];

        await Assert.ThrowsAsync<SqliteException>(() => Database(broken).EnsureMigratedAsync());

        Assert.Equal(0, await Database(broken).GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_telegram_offset_survives_a_new_store_on_the_same_file_and_never_moves_backwards()
    {
        var database = Database();
        await database.EnsureMigratedAsync();
        var first = new SqliteTelegramOffsetStore(database, _time);

        Assert.Null(await first.GetLastUpdateIdAsync(7, CancellationToken.None));
        await first.SaveLastUpdateIdAsync(7, 105, CancellationToken.None);
        await first.SaveLastUpdateIdAsync(7, 103, CancellationToken.None);
        await first.SaveLastUpdateIdAsync(8, 1, CancellationToken.None);

        var reopened = new SqliteTelegramOffsetStore(Database(), _time);
        Assert.Equal(105, await reopened.GetLastUpdateIdAsync(7, CancellationToken.None));
        Assert.Equal(1, await reopened.GetLastUpdateIdAsync(8, CancellationToken.None));
    }

    [Fact]
    public async Task The_chat_directory_records_marks_inactive_and_reactivates_a_chat()
    {
        var directory = new SqliteChatDirectory(Database(), _time);
        var chat = new ChatAddress(ChatPlatform.Telegram, "42");

        Assert.Null(await directory.FindAsync(chat, CancellationToken.None));
        await directory.RecordActiveAsync(chat, CancellationToken.None);
        Assert.True((await directory.FindAsync(chat, CancellationToken.None))!.Active);

        await directory.MarkInactiveAsync(chat, "Forbidden: bot was blocked by the user", CancellationToken.None);
        var inactive = await directory.FindAsync(chat, CancellationToken.None);
        Assert.False(inactive!.Active);
        Assert.Equal("Forbidden: bot was blocked by the user", inactive.InactiveReason);

        await directory.RecordActiveAsync(chat, CancellationToken.None);
        var active = await directory.FindAsync(chat, CancellationToken.None);
        Assert.True(active!.Active);
        Assert.Null(active.InactiveReason);
    }

    [Fact]
    public async Task Moving_a_chat_keeps_its_time_zone_under_the_new_id_and_retires_the_old_one()
    {
        var database = Database();
        var directory = new SqliteChatDirectory(database, _time);
        var group = new ChatAddress(ChatPlatform.Telegram, "-555");
        var supergroup = new ChatAddress(ChatPlatform.Telegram, "-100555");
        await directory.RecordActiveAsync(group, CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await ScalarAsync(connection, "UPDATE chats SET time_zone = 'Europe/Berlin' WHERE chat_id = '-555'");
        }

        await directory.MoveAsync(group, supergroup, CancellationToken.None);

        var moved = await directory.FindAsync(supergroup, CancellationToken.None);
        Assert.True(moved!.Active);
        Assert.Equal("Europe/Berlin", moved.TimeZone);
        var old = await directory.FindAsync(group, CancellationToken.None);
        Assert.False(old!.Active);
        Assert.Equal("moved to -100555", old.InactiveReason);
    }

    [Fact]
    public async Task Moving_a_chat_the_bot_never_saw_creates_the_new_one()
    {
        var directory = new SqliteChatDirectory(Database(), _time);

        await directory.MoveAsync(new ChatAddress(ChatPlatform.Telegram, "-1"), new ChatAddress(ChatPlatform.Telegram, "-1001"), CancellationToken.None);

        Assert.True((await directory.FindAsync(new ChatAddress(ChatPlatform.Telegram, "-1001"), CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task The_same_chat_id_on_two_platforms_is_two_chats()
    {
        var directory = new SqliteChatDirectory(Database(), _time);
        await directory.RecordActiveAsync(new ChatAddress(ChatPlatform.Telegram, "1"), CancellationToken.None);
        await directory.MarkInactiveAsync(new ChatAddress(ChatPlatform.Discord, "1"), "kicked", CancellationToken.None);

        Assert.True((await directory.FindAsync(new ChatAddress(ChatPlatform.Telegram, "1"), CancellationToken.None))!.Active);
        Assert.False((await directory.FindAsync(new ChatAddress(ChatPlatform.Discord, "1"), CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task The_telegram_offset_is_kept_per_bot_and_never_moves_backwards()
    {
        var store = new SqliteTelegramOffsetStore(Database(), _time);

        Assert.Null(await store.GetLastUpdateIdAsync(1, CancellationToken.None));
        await store.SaveLastUpdateIdAsync(1, 100, CancellationToken.None);
        await store.SaveLastUpdateIdAsync(1, 101, CancellationToken.None);
        await store.SaveLastUpdateIdAsync(1, 99, CancellationToken.None);
        await store.SaveLastUpdateIdAsync(2, 5, CancellationToken.None);

        Assert.Equal(101, await new SqliteTelegramOffsetStore(Database(), _time).GetLastUpdateIdAsync(1, CancellationToken.None));
        Assert.Equal(5, await store.GetLastUpdateIdAsync(2, CancellationToken.None));
    }

    [Fact]
    public void The_default_database_file_is_bot_db_in_the_data_folder_under_the_content_root()
    {
        var connectionString = SqliteStorageServiceCollectionExtensions.ConnectionString(new StorageOptions(), "/srv/bot");

        Assert.Equal(Path.Combine("/srv/bot", "data", "bot.db"), new SqliteConnectionStringBuilder(connectionString).DataSource);
    }

    private SqliteDatabase Database(IReadOnlyList<SqliteMigration>? migrations = null) =>
        new(ConnectionString, TimeSpan.FromSeconds(5), migrations ?? SqliteMigrations.All, NullLogger<SqliteDatabase>.Instance);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
