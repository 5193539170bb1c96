using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Discord.Tests.Support;

public sealed class InMemoryChatDirectory : IChatDirectory
{
    public ConcurrentDictionary<ChatAddress, string> Inactive { get; } = new();

    public Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        Inactive.TryRemove(chat, out _);
        return Task.CompletedTask;
    }

    public Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        Inactive[chat] = reason;
        return Task.CompletedTask;
    }

    public Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken) => Task.CompletedTask;
}
