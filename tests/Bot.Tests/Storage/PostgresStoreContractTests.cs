using Bot.Host.Storage;
using Bot.Host.Storage.Postgres;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>The store contract on a fresh PostgreSQL database per test, on the run's one cluster.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly List<StorageDatabase> _opened = [];
    private string _connectionString = "";

    public override async Task InitializeAsync() => _connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }

    protected override StoreSet Open(StoryKey? story = null)
    {
        var database = PostgresDatabase.Create(_connectionString, NullLogger<StorageDatabase>.Instance);
        _opened.Add(database);
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
