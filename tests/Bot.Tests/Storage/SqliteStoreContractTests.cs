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
        var database = SqliteDatabase.Create(
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.Path, "bot.db") }.ToString(),
            TimeSpan.FromSeconds(5),
            NullLogger<StorageDatabase>.Instance);
        var chats = new SqlChatDirectory(database, Time);
        var outbox = new SqlReminderOutbox(database);
        return new StoreSet(
            database,
            chats,
            chat => chats.FindAsync(chat, CancellationToken.None),
            new SqlTelegramOffsetStore(database, Time),
            new SqlSubscriptionStore(database, Time),
            new SqlChatSettingsStore(database, Time),
            new SqlSourceStore(database, Time, story),
            new SqlFeedStore(database, story),
            new SqlAuditLog(database),
            outbox,
            () => outbox.CountByStatusAsync(CancellationToken.None));
    }
}
