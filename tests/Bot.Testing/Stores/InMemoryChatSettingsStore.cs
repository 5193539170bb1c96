using System.Collections.Concurrent;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Testing.Stores;

/// <summary>Chat settings kept in memory; also an <see cref="IChatDirectory"/> so the active flag has one home in tests.</summary>
public sealed class InMemoryChatSettingsStore : IChatSettingsStore, IChatDirectory
{
    private readonly ConcurrentDictionary<ChatAddress, ChatSettings> _chats = new();

    public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(_chats.GetValueOrDefault(chat) ?? new ChatSettings(chat, null, true));

    public Task<IReadOnlyList<ChatSettings>> GetManyAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChatSettings>>([.. chats.Select(c => _chats.GetValueOrDefault(c) ?? new ChatSettings(c, null, true))]);

    public Task SetTimeZoneAsync(ChatAddress chat, string timeZoneId, CancellationToken cancellationToken)
    {
        _chats.AddOrUpdate(chat, c => new ChatSettings(c, timeZoneId, true), (_, old) => old with { TimeZoneId = timeZoneId });
        return Task.CompletedTask;
    }

    public Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        _chats.AddOrUpdate(chat, c => new ChatSettings(c, null, true), (_, old) => old with { Active = true });
        return Task.CompletedTask;
    }

    public Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        _chats.AddOrUpdate(chat, c => new ChatSettings(c, null, false), (_, old) => old with { Active = false });
        return Task.CompletedTask;
    }

    public Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken)
    {
        var zone = _chats.GetValueOrDefault(from)?.TimeZoneId;
        _chats[to] = new ChatSettings(to, zone, true);
        _chats[from] = new ChatSettings(from, zone, false);
        return Task.CompletedTask;
    }
}
