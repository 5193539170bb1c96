using Bot.Fakes.Telegram;

namespace Bot.Telegram.Tests.Support;

/// <summary>What every end-to-end Telegram test starts from: its own fake Bot API and empty in-memory storage.</summary>
public abstract class FakeTelegramTests : IAsyncLifetime
{
    protected TelegramTestStorage Storage { get; } = new();

    protected FakeTelegramBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
