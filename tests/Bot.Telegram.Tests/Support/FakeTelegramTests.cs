namespace Bot.Telegram.Tests.Support;

/// <summary>What every end-to-end Telegram test starts from: its own fake Bot API and empty in-memory storage.</summary>
public abstract class FakeTelegramTests : IAsyncLifetime
{
    /// <summary>How long a test waits for what the bot sends in answer to one update: a bound, not a timing claim.</summary>
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected TelegramTestStorage Storage { get; } = new();

    /// <summary>Every line the bot logged, for tests that hand it to the host.</summary>
    protected LogCapture Logs { get; } = new();

    protected FakeTelegramBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeTelegramBotApi.StartAsync();

    /// <summary>Waits for the poller's next getUpdates: everything the bot was going to send for earlier updates has been sent.</summary>
    protected async Task WaitForIdlePollAsync()
    {
        var before = Fake.Requests("getUpdates").Count;
        await Fake.WaitForAsync("getUpdates", before + 1, Wait);
    }

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
