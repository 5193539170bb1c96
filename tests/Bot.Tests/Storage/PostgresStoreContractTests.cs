using Bot.Host.Storage;
using Bot.Host.Storage.Postgres;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>The store contract on a fresh PostgreSQL database per test, on the run's one cluster.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly List<PostgresDatabase> _opened = [];
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
        var database = new PostgresDatabase(_connectionString, NullLogger<PostgresDatabase>.Instance);
        _opened.Add(database);
        var chats = new PostgresChatDirectory(database, Time);
        var outbox = new PostgresReminderOutbox(database);
        return new StoreSet(
            database,
            chats,
            chat => chats.FindAsync(chat, CancellationToken.None),
            new PostgresTelegramOffsetStore(database, Time),
            new PostgresSubscriptionStore(database, Time),
            new PostgresChatSettingsStore(database, Time),
            new PostgresSourceStore(database, Time, story),
            new PostgresFeedStore(database, story),
            new PostgresAuditLog(database),
            outbox,
            () => outbox.CountByStatusAsync(CancellationToken.None));
    }
}
