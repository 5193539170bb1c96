using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;

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

    protected override StorageDatabase OpenDatabase(IReadOnlyList<Migration>? migrations = null) => SqliteDatabase.Create(
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.Path, "bot.db") }.ToString(),
        TimeSpan.FromSeconds(5),
        NullLogger<StorageDatabase>.Instance,
        migrations);
}
