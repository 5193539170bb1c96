using Bot.Fakes.Telegram;

namespace Bot.Telegram.Tests.Support;

/// <summary>What every end-to-end Telegram test starts from: its own fake Bot API and empty in-memory storage.</summary>
public abstract class FakeTelegramTests : IAsyncLifetime
{
    protected TelegramTestStorage Storage { get; } = new();

    protected FakeTelegramBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeTelegramBotApi.StartAsync();

    /// <summary>Waits for the poller's next getUpdates: everything the bot was going to send for earlier updates has been sent.</summary>
    protected async Task WaitForIdlePollAsync()
    {
        var before = Fake.Requests("getUpdates").Count;
        await Fake.WaitForAsync("getUpdates", before + 1, TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
