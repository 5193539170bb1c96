using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Core.Reminders;

/// <summary>A chat's reminder settings: its time zone (null: the configured default) and whether the bot may still post there.</summary>
public sealed record ChatSettings(ChatAddress Chat, string? TimeZoneId, bool Active);

/// <summary>
/// Per-chat settings the reminders read. Whether a chat is active is written by the transports through
/// <see cref="IChatDirectory"/>; this store only reads it back.
/// </summary>
public interface IChatSettingsStore
{
    /// <summary>The chat's settings; a chat the bot never heard of is active with no zone of its own.</summary>
    Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The settings of the given chats, in any order; unknown chats are active with no zone.</summary>
    Task<IReadOnlyList<ChatSettings>> GetManyAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken);

    /// <summary>Sets an IANA zone id the caller has already validated.</summary>
    Task SetTimeZoneAsync(ChatAddress chat, string timeZoneId, CancellationToken cancellationToken);
}

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
