using Bot.Fakes.Telegram;

namespace Bot.Telegram.Tests.Support;

/// <summary>What every end-to-end Telegram test starts from: its own fake Bot API and an empty data folder, both gone after it.</summary>
public abstract class FakeTelegramTests : IAsyncLifetime
{
    protected TempFolder Data { get; } = new("bot-telegram-tests");

    protected FakeTelegramBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Data.Dispose();
    }
}
