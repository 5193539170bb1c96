using Bot.Core.Answers;

namespace Bot.Core.Chat;

/// <summary>
/// Sends an unsolicited answer (a reminder, a "new deadline" notice) to a chat on one platform.
/// Each transport implements it for its own platform; the reminder dispatcher picks one by <see cref="Platform"/>.
/// It never throws for platform refusals: the outcome says what happened so the caller can pace and record.
/// </summary>
public interface IChatSender
{
    ChatPlatform Platform { get; }

    /// <summary>The platform's limits on unsolicited messages, which the dispatcher keeps to.</summary>
    SendLimits Limits { get; }

    Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, CancellationToken cancellationToken);
}

public enum DeliveryStatus
{
    /// <summary>The platform accepted every part of the message.</summary>
    Sent,
    /// <summary>The platform asked us to slow down; nothing was sent; retry after <see cref="DeliveryOutcome.RetryAfter"/>.</summary>
    RateLimited,
    /// <summary>The bot was blocked, kicked, or the chat no longer exists: mark the chat inactive, do not retry.</summary>
    ChatUnavailable,
    /// <summary>A network error, timeout or 5xx: retry later.</summary>
    TransientFailure,
    /// <summary>
    /// The platform refused this message for good (Telegram 400, Discord 400/50035): sending it again unchanged cannot
    /// help. Record it as failed; do not retry.
    /// </summary>
    Rejected,
}

public sealed record DeliveryOutcome(DeliveryStatus Status, TimeSpan? RetryAfter = null, string? Detail = null)
{
    public static readonly DeliveryOutcome Sent = new(DeliveryStatus.Sent);
}
