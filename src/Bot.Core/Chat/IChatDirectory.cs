namespace Bot.Core.Chat;

/// <summary>
/// The bot's record of the chats it serves. Transports report what they learn from the platform (a chat that
/// blocked or removed the bot, a group that became a supergroup); reminders read it to skip inactive chats.
/// </summary>
public interface IChatDirectory
{
    /// <summary>The bot heard from this chat: it exists and is active (again).</summary>
    Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The bot can no longer post there (blocked, kicked, chat deleted): stop sending to it.</summary>
    Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken);

    /// <summary>The platform moved the chat to a new id (a Telegram group upgraded to a supergroup); keep its settings.</summary>
    Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken);
}
