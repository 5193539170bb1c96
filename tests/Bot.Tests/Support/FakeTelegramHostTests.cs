namespace Bot.Tests.Support;

/// <summary>What a host test that talks to Telegram starts from: its own fake Bot API and an empty data folder, both gone after it.</summary>
public abstract class FakeTelegramHostTests : IAsyncLifetime
{
    protected TempFolder Data { get; } = new("bot-host-tests");

    protected FakeTelegramBotApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeTelegramBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Data.Dispose();
    }
}
