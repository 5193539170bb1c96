using Bot.Host.Cluster;
using Bot.Host.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Tests.Cluster;

/// <summary>Leadership by advisory locks and the webhook claims, on a real PostgreSQL shared by two "instances" in this process.</summary>
public sealed class PostgresLeadershipTests : IAsyncLifetime
{
    private const string Role = "test-role";
    private static readonly CancellationToken None = CancellationToken.None;

    // Bounds a wait, not a timing claim.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<IAsyncDisposable> _opened = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            await opened.DisposeAsync();
        }
    }

    [Fact]
    public async Task Only_one_of_two_instances_leads_a_role_and_the_other_leads_it_once_it_is_given_up()
    {
        var (a, b) = (Leadership(), Leadership());

        var term = await a.AcquireAsync(Role, None);
        Assert.Null(await b.TryAcquireAsync(Role, None));
        var waiting = b.AcquireAsync(Role, None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(waiting.IsCompleted);

        await term.DisposeAsync();
        await using var successor = await waiting.WaitAsync(Patience);
        Assert.False(successor.Lost.IsCancellationRequested);
        Assert.NotNull(await a.TryAcquireAsync("another-role", None));
    }

    [Fact]
    public async Task A_leader_whose_connection_is_killed_loses_its_term_and_the_other_instance_takes_over()
    {
        var (a, b) = (Leadership(), Leadership());
        var term = await a.AcquireAsync(Role, None);
        var waiting = b.AcquireAsync(Role, None);

        // What PostgreSQL does when a leader's process dies: its session ends and the lock goes with it.
        await using (var admin = new NpgsqlConnection(_connectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = (@key & x'FFFFFFFF'::bigint)::oid AND granted", admin);
            kill.Parameters.AddWithValue("key", PostgresLeadership.LockKey(Role));
            Assert.Equal(true, await kill.ExecuteScalarAsync());
        }

        await using var successor = await waiting.WaitAsync(Patience);
        await Task.Delay(Timeout.InfiniteTimeSpan, term.Lost).WaitAsync(Patience).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.True(term.Lost.IsCancellationRequested);
        await term.DisposeAsync();
        Assert.False(successor.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_webhook_update_is_taken_by_one_instance_only_until_it_is_given_back()
    {
        var first = new PostgresTelegramUpdateClaims(Database());
        var second = new PostgresTelegramUpdateClaims(Database());

        Assert.True(await first.TryBeginAsync(7, 1001, None));
        Assert.False(await second.TryBeginAsync(7, 1001, None));
        Assert.True(await second.TryBeginAsync(8, 1001, None));

        await first.ForgetAsync(7, 1001, None);
        Assert.True(await second.TryBeginAsync(7, 1001, None));
        Assert.False(await first.TryBeginAsync(7, 1001, None));
    }

    private PostgresLeadership Leadership()
    {
        var leadership = new PostgresLeadership(_connectionString, Options.Create(new ClusterOptions { LeadershipInterval = TimeSpan.FromMilliseconds(200) }), NullLogger<PostgresLeadership>.Instance);
        _opened.Add(leadership);
        return leadership;
    }

    private StorageDatabase Database()
    {
        var database = PostgresDatabase.Create(_connectionString, NullLogger<StorageDatabase>.Instance);
        _opened.Add(database);
        return database;
    }
}
