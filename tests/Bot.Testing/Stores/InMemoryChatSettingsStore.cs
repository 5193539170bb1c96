using System.Collections.Concurrent;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Testing.Stores;

/// <summary>Chat settings kept in memory; also an <see cref="IChatDirectory"/> so the active flag has one home in tests.</summary>
public sealed class InMemoryChatSettingsStore : IChatSettingsStore, IChatDirectory
{
    private readonly ConcurrentDictionary<ChatAddress, ChatSettings> _chats = new();
    private readonly ConcurrentDictionary<ChatAddress, string> _inactive = new();

    /// <summary>Why the bot gave up each chat it may no longer post to (what the database keeps as the inactive reason).</summary>
    public IReadOnlyDictionary<ChatAddress, string> Inactive => _inactive;

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
        _inactive.TryRemove(chat, out _);
        return Task.CompletedTask;
    }

    public Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        _chats.AddOrUpdate(chat, c => new ChatSettings(c, null, false), (_, old) => old with { Active = false });
        _inactive[chat] = reason;
        return Task.CompletedTask;
    }

    public Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken)
    {
        var zone = _chats.GetValueOrDefault(from)?.TimeZoneId;
        _chats[to] = new ChatSettings(to, zone, true);
        _chats[from] = new ChatSettings(from, zone, false);
        _inactive.TryRemove(to, out _);
        _inactive[from] = $"moved to {to.ChatId}";
        return Task.CompletedTask;
    }
}
