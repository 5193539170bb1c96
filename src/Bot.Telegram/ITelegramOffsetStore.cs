namespace Bot.Telegram;

/// <summary>
/// Remembers the last update the bot finished handling, per bot account, so that polling resumes after it:
/// nothing lost, nothing handled twice. Implemented by the host's storage (SQLite now, PostgreSQL later).
/// </summary>
public interface ITelegramOffsetStore
{
    /// <summary>The update_id last handled by this bot, or null if none ever was.</summary>
    Task<long?> GetLastUpdateIdAsync(long botId, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="updateId"/> and everything before it are handled.</summary>
    Task SaveLastUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken);
}
