using Bot.Fakes.Telegram;
using Bot.Host.Storage.Postgres;
using Quartz;

namespace Bot.Tests.Reminders;

/// <summary>The whole reminder path (Quartz, outbox, dispatcher, Telegram) on the PostgreSQL provider.</summary>
[Collection(QuartzCollection.Name)]
public sealed class PostgresReminderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Due = new(2026, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress[] Chats = [new(ChatPlatform.Telegram, "1001"), new(ChatPlatform.Telegram, "-1002")];

    private readonly TempFolder _folder = new();
    private FakeTelegramBotApi _fake = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramBotApi.StartAsync();
        _connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_host_on_postgres_runs_a_clustered_scheduler_and_fires_a_planned_reminder_to_every_chat_once()
    {
        await using var bot = await DeliveryTestHost.StartAsync(_fake, _folder.Path, Due - TimeSpan.FromSeconds(1.5), Chats, new Dictionary<string, string?>
        {
            ["Bot:Storage:Provider"] = "Postgres",
            ["Bot:Storage:ConnectionString"] = _connectionString,
        });

        Assert.Same(PostgresDialect.Instance, bot.Services.GetRequiredService<StorageDatabase>().Dialect);
        var outbox = Assert.IsType<SqlReminderOutbox>(bot.Services.GetRequiredService<IReminderOutbox>());
        await Eventually.TrueAsync(async () => (await outbox.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault("sent") == 2, TimeSpan.FromSeconds(20), "both reminders sent");

        var sent = _fake.DeliveredMessages;
        Assert.Equal([-1002L, 1001L], sent.Select(m => m.ChatId!.Value).Order());
        Assert.All(sent, m => Assert.Contains("Reminder: tomorrow", m.Text));
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        Assert.True(metadata.JobStoreClustered);
        Assert.True(metadata.JobStorePersistent);
    }
}
