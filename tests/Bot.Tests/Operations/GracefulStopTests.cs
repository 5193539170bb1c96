using Microsoft.Data.Sqlite;

namespace Bot.Tests.Operations;

/// <summary>
/// What `systemctl stop` does to the built bot: SIGTERM while a reply is on its way. The process finishes that reply,
/// records the Telegram offset, stops Quartz and exits 0; a restart does not answer the update again.
/// </summary>
[Collection(QuartzCollection.Name)]
public sealed class GracefulStopTests : IAsyncLifetime
{
    // Bounds a whole phase (a process start included), not a timing claim.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T09:00:00Z", CultureInfo.InvariantCulture);

    // The start-up summary tells the test when every service has started.
    private static readonly Dictionary<string, string> Summary = new() { ["Logging__LogLevel__Bot.Host.Hosting.StartupSummary"] = "Information" };

    private readonly TempFolder _data = new();
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Sigterm_mid_reply_finishes_the_reply_saves_the_offset_and_exits_0()
    {
        long updateId;
        await using (var bot = await StartedAsync())
        {
            // The reply's sendMessage hangs for 3 s: the signal arrives while it is in flight.
            _fake.FailNext("sendMessage", FakeTelegramFault.Hanging(TimeSpan.FromSeconds(3)));
            updateId = _fake.EnqueueMessage(77, "/status ain al asad");
            await bot.WaitUntilAsync(() => Task.FromResult(_fake.Requests("sendMessage").Count > 0), Wait, "the reply on its way");

            var code = await bot.TerminateAsync(Wait);

            Assert.True(code == 0, $"exit {code}; stderr:\n{bot.Errors}");
            Assert.DoesNotContain("Exception", bot.Errors);
        }

        var reply = Assert.Single(_fake.DeliveredMessages);
        Assert.Equal(77, reply.ChatId);
        Assert.Contains("Ain al-Asad", reply.Text);
        Assert.Equal(updateId, await StoredOffsetAsync());

        // A second run asks for what follows the update and answers nothing again.
        var polls = _fake.Requests("getUpdates").Count;
        await using var again = await StartedAsync();
        var next = (updateId + 1).ToString(CultureInfo.InvariantCulture);
        await again.WaitUntilAsync(() => Task.FromResult(_fake.Requests("getUpdates").Skip(polls).Any(r => r.Body["offset"]?.ToString() == next)), Wait, "a poll from the next update");
        Assert.Equal(0, await again.TerminateAsync(Wait));
        Assert.Single(_fake.DeliveredMessages);
    }

    private async Task<BotProcess> StartedAsync()
    {
        var bot = BotProcess.Start(_fake, _data.Path, RepositoryPaths.Seeds, Now, Summary);
        await bot.WaitUntilAsync(() => Task.FromResult(bot.Errors.Contains(" started: story ", StringComparison.Ordinal)), Wait, "the start-up summary");
        return bot;
    }

    private async Task<long?> StoredOffsetAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data.Path, "bot.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_update_id FROM telegram_state";
        return await command.ExecuteScalarAsync() is long id ? id : null;
    }
}
