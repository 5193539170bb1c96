using Bot.Host.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>What the PostgreSQL provider adds to the store contract: many instances on one database.</summary>
public sealed class PostgresProviderTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly List<StorageDatabase> _opened = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Instances_starting_together_on_an_empty_database_apply_each_migration_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Database()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(i.EnsureMigratedAsync)));

        Assert.All(await Task.WhenAll(instances.Select(i => i.GetVersionAsync(None))), v => Assert.Equal(PostgresMigrations.All[^1].Version, v));
        Assert.Equal(
            PostgresMigrations.All.Select(m => (long)m.Version),
            await ColumnAsync("SELECT version::bigint FROM schema_version ORDER BY version"));
        var quartzTables = System.Text.RegularExpressions.Regex.Count(PostgresMigrations.All.Single(m => m.Name == "quartz").Sql, "CREATE TABLE IF NOT EXISTS");
        Assert.Equal([(long)quartzTables], await ColumnAsync("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'qrtz\\_%'"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_schema_at_the_previous_version()
    {
        Migration[] broken = [new(1, "one", "CREATE TABLE one (x integer);"), new(2, "broken", "CREATE TABLE two (y integer); THIS IS NOT SQL;")];

        await Assert.ThrowsAsync<PostgresException>(() => Database(broken).EnsureMigratedAsync());

        Assert.Equal(0, await Database(broken).GetVersionAsync(None));
        Assert.Equal([0L], await ColumnAsync("SELECT count(*) FROM pg_tables WHERE tablename IN ('one', 'two')"));
    }

    [Fact]
    public async Task Sources_removals_and_feeds_stored_before_stories_belong_to_the_default_story_after_migration_9()
    {
        var before = Database([.. PostgresMigrations.All.Where(m => m.Version < 9)]);
        await before.EnsureMigratedAsync();
        await using (var connection = await before.OpenAsync(None))
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO sources (id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at)
            VALUES ('a1', 'First report', NULL, 'Example Wire', NULL, 'chat', 'Text of the first report.', NULL, 'Telegram', '-100', '7', 'Dana', now());
            INSERT INTO removed_sources (id, removed_at) VALUES ('seed-1', now());
            INSERT INTO feeds (id, url, title, by_platform, by_chat, by_user, by_name, added_at)
            VALUES ('f1', 'https://news.example/rss', 'Example news', 'Telegram', '-100', '7', 'Dana', now());
            """, (NpgsqlConnection)connection))
        {
            await insert.ExecuteNonQueryAsync(None);
        }

        var after = Database();
        await after.EnsureMigratedAsync();

        var seeds = new SqlSourceStore(after, TimeProvider.System);
        Assert.Equal("a1", Assert.Single(await seeds.ListAsync(None)).Source.Id);
        Assert.Equal(new HashSet<string> { "seed-1" }, await seeds.RemovedIdsAsync(None));
        Assert.Equal("f1", Assert.Single(await new SqlFeedStore(after).ListAsync(None)).Id);
        Assert.Empty(await new SqlSourceStore(after, TimeProvider.System, new StoryKey("other")).ListAsync(None));
    }

    [Fact]
    public async Task Two_instances_claiming_at_once_never_claim_the_same_row_and_between_them_claim_every_row()
    {
        var first = new SqlReminderOutbox(Database());
        var second = new SqlReminderOutbox(Database());
        await first.EnqueueAsync(Messages(600), None);

        // Four claim loops per instance, all at once, until the outbox has nothing left to lease.
        var loops = Enumerable.Range(0, 8).Select(i => Task.Run(() => ClaimUntilEmptyAsync(i % 2 == 0 ? first : second)));
        var claimed = (await Task.WhenAll(loops)).SelectMany(ids => ids).ToList();

        Assert.Equal(600, claimed.Count);
        Assert.Equal(600, claimed.Distinct().Count());
        Assert.Equal(600, (await first.CountByStatusAsync(None))["sending"]);
    }

    [Fact]
    public async Task A_dead_instances_lease_is_left_alone_by_the_others_until_it_runs_out_then_taken_over()
    {
        var dead = new SqlReminderOutbox(Database());
        var survivor = new SqlReminderOutbox(Database());
        await dead.EnqueueAsync(Messages(3), None);
        var taken = await dead.ClaimAsync(ChatPlatform.Telegram, 10, Now, Lease, None);

        // The survivor restarting releases only its own leases: the other instance may be sending right now.
        Assert.Equal(0, await survivor.ReleaseLeasesAsync(None));
        Assert.Empty(await survivor.ClaimAsync(ChatPlatform.Telegram, 10, Now + Lease - TimeSpan.FromSeconds(1), Lease, None));

        var recovered = await survivor.ClaimAsync(ChatPlatform.Telegram, 10, Now + Lease, Lease, None);

        Assert.Equal(taken.Select(e => e.Id), recovered.Select(e => e.Id));
        Assert.Empty(await dead.ClaimAsync(ChatPlatform.Telegram, 10, Now + Lease, Lease, None));
    }

    [Theory]
    [InlineData(null, "Bot:Storage:ConnectionString is empty")]
    [InlineData("Database=bot", "names no Host")]
    [InlineData("Hots=db", "is not a valid Npgsql connection string")]
    public void The_postgres_provider_without_a_usable_connection_string_fails_the_start_with_one_line(string? connectionString, string expected)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Storage:Provider"] = "Postgres",
            ["Bot:Storage:ConnectionString"] = connectionString,
        });

        var failure = Assert.Throws<InvalidOperationException>(() => builder.AddStorage());

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    private static async Task<List<long>> ClaimUntilEmptyAsync(SqlReminderOutbox outbox)
    {
        var ids = new List<long>();
        while (await outbox.ClaimAsync(ChatPlatform.Telegram, 7, Now, Lease, None) is { Count: > 0 } batch)
        {
            ids.AddRange(batch.Select(e => e.Id));
        }

        return ids;
    }

    private static IReadOnlyList<Bot.Core.Reminders.OutboxMessage> Messages(int chats) =>
        [.. Enumerable.Range(1, chats).Select(i => new Bot.Core.Reminders.OutboxMessage("r1", new ChatAddress(ChatPlatform.Telegram, i.ToString(CultureInfo.InvariantCulture)), Bot.Core.Answers.Answer.Short("reminder"), Now))];

    private StorageDatabase Database(IReadOnlyList<Migration>? migrations = null)
    {
        var database = PostgresDatabase.Create(_connectionString, NullLogger<StorageDatabase>.Instance, migrations);
        _opened.Add(database);
        return database;
    }

    private async Task<List<long>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<long>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}
