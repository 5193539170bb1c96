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
