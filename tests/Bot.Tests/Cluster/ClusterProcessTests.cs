using System.Diagnostics;
using Bot.Core.Cluster;
using Bot.Host.Storage.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Bot.Tests.Cluster;

/// <summary>
/// Two real bot processes (the built Bot.dll) on one PostgreSQL database and the fake Telegram API, which counts what
/// arrives from both. A process is stopped with SIGKILL: no shutdown hook runs, and only PostgreSQL seeing its
/// connections close tells the other instance.
/// </summary>
[Collection(QuartzCollection.Name)]
public sealed class ClusterProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long ModeratorId = 42;
    private const string Secret = "cluster-test-secret";

    // The seed's 7-day reminder (see ProcessKillTests).
    private static readonly DateTimeOffset Due = ProcessKillTests.Due;

    // Bounds a phase (process starts included), not a timing claim.
    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromSeconds(60);

    private readonly TempFolder _data = new();
    private readonly TempFolder _seeds = new();
    private readonly List<BotProcess> _bots = [];
    private FakeTelegramBotApi _fake = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramBotApi.StartAsync();
        _connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();
        await File.WriteAllTextAsync(Path.Combine(_seeds.Path, "2026-01-01-valona-port.md"), ProcessKillTests.Seed);
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _data.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Two_instances_started_at_once_on_an_empty_database_migrate_once_and_when_the_poller_is_killed_the_other_answers_every_update_once()
    {
        var (a, b) = (Start(Due), Start(Due));
        await Eventually.TrueAsync(() => _fake.Requests("getMe").Count >= 2 && _fake.Requests("getUpdates").Count > 0, PhaseTimeout, "both instances up and one polling");
        Assert.Equal(PostgresMigrations.All.Select(m => m.Version), await VersionsAsync());

        var before = Enumerable.Range(1, 10).Select(chat => _fake.EnqueueMessage(chat, "/sources", fromId: chat)).ToList();
        await Eventually.TrueAsync(() => _fake.ConfirmedOffset > before[^1], PhaseTimeout, "the first updates answered and their offset confirmed");
        var leader = await LeaderAsync(LeadershipRoles.TelegramPoller(_fake.BotId));
        var survivor = leader == a ? b : a;

        await leader.KillAsync();
        var killed = Stopwatch.StartNew();
        var after = Enumerable.Range(11, 10).Select(chat => _fake.EnqueueMessage(chat, "/sources", fromId: chat)).ToList();
        await Eventually.TrueAsync(() => _fake.SentMessages.Count >= 20, PhaseTimeout, "the updates queued after the kill answered by the other instance");
        var failover = killed.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.False(survivor.HasExited);
        Assert.Equal(Enumerable.Range(1, 20).Select(c => (long)c), _fake.SentMessages.Select(m => m.ChatId!.Value).Order());
        Assert.All(_fake.SentMessages, m => Assert.Contains("Valona port reopening", m.Text));
        output.WriteLine($"Poller failover (SIGKILL to the last of ten queued updates answered by the other instance): {failover.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_source_added_through_one_webhook_instance_is_answered_by_the_other_and_a_redelivery_to_both_is_answered_once()
    {
        var (portA, portB) = (PostgresCluster.FreeLoopbackPort(), PostgresCluster.FreeLoopbackPort());
        Start(Due, Webhook(portA));
        Start(Due, Webhook(portB));
        await Eventually.TrueAsync(() => _fake.Requests("setWebhook").Count >= 2, PhaseTimeout, "both webhook listeners up");
        var (urlA, urlB) = (new Uri($"http://127.0.0.1:{portA}/telegram"), new Uri($"http://127.0.0.1:{portB}/telegram"));

        var addition = """
            /addsource ---
            title: Valona ferry timetable
            published: 2026-01-02
            source: Ferry operator notice
            ---
            Ferries between Valona and Brindisi will resume on Monday 12 January 2026, the operator said on Friday.
            """;
        await DeliverAsync(urlA, 5001, ModeratorId, addition);
        await Eventually.TrueAsync(() => _fake.SentMessages.Any(m => m.ChatId == ModeratorId), PhaseTimeout, "instance A's reply to /addsource");
        var added = Stopwatch.StartNew();
        output.WriteLine($"A answered /addsource: {_fake.SentMessages.Single().Text}");

        var asked = 0;
        var updateId = 6000;
        await Eventually.TrueAsync(
            async () =>
            {
                var chat = 700 + asked++;
                await DeliverAsync(urlB, ++updateId, chat, "/sources");
                await Eventually.TrueAsync(() => _fake.SentMessages.Any(m => m.ChatId == chat), PhaseTimeout, "instance B's reply");
                return _fake.SentMessages.Single(m => m.ChatId == chat).Text!.Contains("Valona ferry timetable", StringComparison.Ordinal);
            },
            PhaseTimeout,
            "instance B listing the source added through A");
        output.WriteLine($"Instance B knew the source added through A {added.Elapsed.TotalSeconds:0.00} s after A's reply ({asked} /sources asked)");

        // Telegram delivers again what it thinks was not answered; behind a load balancer the copy may reach the other instance.
        var both = await Task.WhenAll(DeliverAsync(urlA, 9001, 900, "/sources"), DeliverAsync(urlB, 9001, 900, "/sources"));
        Assert.All(both, status => Assert.Equal(System.Net.HttpStatusCode.OK, status));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(_fake.SentMessages, m => m.ChatId == 900);
    }

    [Fact]
    public async Task A_reminder_to_1000_chats_with_its_sender_killed_midway_reaches_every_chat_once_within_the_shared_limit()
    {
        const int chatCount = 1000;
        var chats = Enumerable.Range(1, chatCount).Select(i => new ChatAddress(ChatPlatform.Telegram, i.ToString(CultureInfo.InvariantCulture))).ToList();
        // Planned an hour ahead by the real host, as a cluster running for a while would have it (see ProcessKillTests).
        await using (await DeliveryTestHost.StartAsync(_fake, _data.Path, Due - TimeSpan.FromHours(1), chats, new Dictionary<string, string?>
        {
            ["Bot:Storage:Provider"] = "Postgres",
            ["Bot:Storage:ConnectionString"] = _connectionString,
            ["Bot:Knowledge:SeedsPath"] = _seeds.Path,
        }))
        {
        }

        // 200 messages/s, not Telegram's 30, so the broadcast lasts about 5 s; the fake enforces it per bot, across both.
        _fake.EnforcedLimits = new FakeTelegramLimits(200, TimeSpan.FromSeconds(1), 20);
        var fast = new Dictionary<string, string>
        {
            ["Bot__Telegram__MessagesPerSecond"] = "200",
            ["Bot__Delivery__Lease"] = "00:00:05",
        };
        var (a, b) = (Start(Due - TimeSpan.FromSeconds(2), fast), Start(Due - TimeSpan.FromSeconds(2), fast));
        await Eventually.TrueAsync(() => _fake.DeliveredMessages.Count >= chatCount * 4 / 10, PhaseTimeout, "40% of the broadcast");
        var sender = await LeaderAsync(LeadershipRoles.ReminderDelivery);
        await sender.KillAsync();
        var beforeTakeover = _fake.DeliveredMessages.Select(m => m.ChatId).Distinct().Count();

        await using var database = PostgresDatabase.Create(_connectionString, NullLogger<StorageDatabase>.Instance);
        var outbox = new SqlReminderOutbox(database);
        await Eventually.TrueAsync(
            async () => (await outbox.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault("sent") >= chatCount,
            PhaseTimeout,
            "every outbox row sent by the other instance");
        Assert.Equal(new Dictionary<string, int> { ["sent"] = chatCount }, await outbox.CountByStatusAsync(CancellationToken.None));
        Assert.False((sender == a ? b : a).HasExited);

        var perChat = _fake.DeliveredMessages.GroupBy(m => m.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{beforeTakeover} chats reached before the kill; {_fake.DeliveredMessages.Count} messages in all; {_fake.LimitViolations} refused for the limit");
        Assert.InRange(beforeTakeover, chatCount * 4 / 10, chatCount - 1);
        Assert.Equal(Enumerable.Range(1, chatCount).Select(i => (long)i), perChat.Keys.Order());
        // As on one process: the one message the kill caught between Telegram accepting it and its row marked sent.
        Assert.True(perChat.Count(p => p.Value > 1) <= 1, $"repeated to {string.Join(", ", perChat.Where(p => p.Value > 1).Select(p => $"{p.Key} x{p.Value}"))}");
        Assert.Equal(0, _fake.LimitViolations);
    }

    private BotProcess Start(DateTimeOffset now, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Bot__Storage__Provider"] = "Postgres",
            ["Bot__Storage__ConnectionString"] = _connectionString,
            ["Bot__Cluster__LeadershipInterval"] = "00:00:00.500",
            ["Bot__Telegram__Moderators__0"] = ModeratorId.ToString(CultureInfo.InvariantCulture),
            ["Bot__Delivery__PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var bot = BotProcess.Start(_fake, _data.Path, _seeds.Path, now, environment);
        _bots.Add(bot);
        return bot;
    }

    private static Dictionary<string, string> Webhook(int port) => new()
    {
        ["Bot__Telegram__Mode"] = "Webhook",
        ["Bot__Telegram__WebhookUrl"] = "https://bot.example/telegram",
        ["Bot__Telegram__SecretToken"] = Secret,
        ["Bot__Telegram__WebhookListenUrl"] = $"http://127.0.0.1:{port}",
    };

    private static Task<System.Net.HttpStatusCode> DeliverAsync(Uri url, long updateId, long chat, string text) =>
        FakeTelegramBotApi.DeliverToWebhookAsync(url, FakeTelegramBotApi.MessageUpdate(updateId, chat, text, fromId: chat), Secret);

    private async Task<BotProcess> LeaderAsync(string role)
    {
        var pid = await ClusterLeaders.ProcessIdAsync(_connectionString, role);
        return _bots.Single(b => b.Id == pid);
    }

    private async Task<IReadOnlyList<int>> VersionsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
