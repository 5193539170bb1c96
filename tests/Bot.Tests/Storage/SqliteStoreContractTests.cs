using Bot.Host.Storage;
using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>The store contract on a fresh SQLite file per test.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempFolder _folder = new("bot-storage-tests");

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected override StoreSet Open(StoryKey? story = null)
    {
        var database = new SqliteDatabase(
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.Path, "bot.db") }.ToString(),
            TimeSpan.FromSeconds(5),
            NullLogger<SqliteDatabase>.Instance);
        var chats = new SqliteChatDirectory(database, Time);
        var outbox = new SqliteReminderOutbox(database);
        return new StoreSet(
            database,
            chats,
            chat => chats.FindAsync(chat, CancellationToken.None),
            new SqliteTelegramOffsetStore(database, Time),
            new SqliteSubscriptionStore(database, Time),
            new SqliteChatSettingsStore(database, Time),
            new SqliteSourceStore(database, Time, story),
            new SqliteFeedStore(database, story),
            new SqliteAuditLog(database),
            outbox,
            () => outbox.CountByStatusAsync(CancellationToken.None));
    }
}
