using Bot.Host.Storage.Postgres;

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

    protected override StorageDatabase OpenDatabase(IReadOnlyList<Migration>? migrations = null)
    {
        var database = PostgresDatabase.Create(_connectionString, NullLogger<StorageDatabase>.Instance, migrations);
        _opened.Add(database);
        return database;
    }
}
