using Bot.Core.Chat;
using Bot.Testing.Stores;

namespace Bot.Telegram.Tests.Support;

/// <summary>What the transport stores (the polling offset, the chats it may post to), in memory, shared by every host a test starts.</summary>
public sealed class TelegramTestStorage
{
    public InMemoryTelegramOffsetStore Offsets { get; } = new();

    public InMemoryChatSettingsStore Chats { get; } = new();

    public IServiceCollection AddTo(IServiceCollection services) => services
        .AddSingleton<ITelegramOffsetStore>(Offsets)
        .AddSingleton<IChatDirectory>(Chats);
}
