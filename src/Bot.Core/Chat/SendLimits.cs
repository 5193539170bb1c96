namespace Bot.Core.Chat;

/// <summary>
/// The pace a platform allows unsolicited messages at, as its transport states it (<see cref="IChatSender.Limits"/>),
/// so the reminder dispatcher can pace every platform without knowing any. Sliding windows; zero means no limit of
/// that kind.
/// </summary>
/// <param name="MessagesPerSecond">Messages per second across all chats.</param>
/// <param name="ChatInterval">The least time between two messages to one chat.</param>
/// <param name="GroupMessagesPerMinute">Messages per minute to one group chat (<paramref name="IsGroup"/>).</param>
/// <param name="IsGroup">Which chats are groups, by the platform's own addressing; null: none are.</param>
public sealed record SendLimits(int MessagesPerSecond, TimeSpan ChatInterval = default, int GroupMessagesPerMinute = 0, Func<ChatAddress, bool>? IsGroup = null)
{
    /// <summary>Nothing for the dispatcher to pace: the transport paces its own requests.</summary>
    public static readonly SendLimits PacedByTransport = new(0);
}
