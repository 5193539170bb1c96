using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Reminders;

/// <summary>
/// How the reminder dispatcher paces and retries (section <c>Bot:Delivery</c>). The defaults are the platforms'
/// published limits; tests scale them up to stay fast.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Bot:Delivery";

    /// <summary>Telegram: messages per second across all chats (its FAQ: about 30).</summary>
    [Range(1, 10_000)]
    public int TelegramMessagesPerSecond { get; set; } = 30;

    /// <summary>Telegram: the least time between two messages to one chat (about 1 s).</summary>
    public TimeSpan TelegramChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Telegram: messages per minute to one group (negative chat ids; about 20).</summary>
    [Range(1, 10_000)]
    public int TelegramGroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Discord: requests per second across all channels (its global limit: 50); per-route buckets are the REST client's.</summary>
    [Range(1, 10_000)]
    public int DiscordRequestsPerSecond { get; set; } = 50;

    /// <summary>How often an idle dispatcher looks for due rows.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows leased per claim.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed row stays leased before another dispatcher may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts at a message that keeps failing transiently before it is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaximumDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A single send taking longer than this counts as a transient failure.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
