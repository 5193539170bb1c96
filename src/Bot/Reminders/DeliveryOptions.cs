using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Reminders;

/// <summary>
/// How the reminder dispatcher claims and retries (section <c>Bot:Delivery</c>). The pace is each transport's own
/// (<see cref="Bot.Core.Chat.IChatSender.Limits"/>).
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Bot:Delivery";

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
