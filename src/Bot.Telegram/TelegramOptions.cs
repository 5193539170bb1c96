using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram;

/// <summary>The Telegram transport's settings (section <c>Bot:Telegram</c>). The transport is on only when <see cref="Token"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Bot:Telegram";

    /// <summary>The bot token from @BotFather. A secret: environment or user secrets only, never appsettings.json.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bot:Telegram:Token is required when the Telegram transport is on (set Bot__Telegram__Token).")]
    public string Token { get; set; } = "";

    /// <summary>A local Bot API server or a test fake, e.g. "http://127.0.0.1:8081"; null means the official API.</summary>
    public string? ApiBaseUrl { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public HTTPS address Telegram posts to. Its path is also the path the listener serves.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; 1-256 chars of A-Z a-z 0-9 _ -. A secret.</summary>
    public string? SecretToken { get; set; }

    /// <summary>Webhook mode: the address the bot's own listener binds to (a reverse proxy forwards <see cref="WebhookUrl"/> here).</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8443";

    /// <summary>Unsolicited messages (reminders) per second across all chats (Telegram's FAQ: about 30).</summary>
    [Range(1, 10_000, ErrorMessage = "Bot:Telegram:MessagesPerSecond must be 1-10000.")]
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>The least time between two messages to one chat (about 1 s).</summary>
    public TimeSpan ChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per minute to one group (negative chat ids; about 20).</summary>
    [Range(1, 10_000, ErrorMessage = "Bot:Telegram:GroupMessagesPerMinute must be 1-10000.")]
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Webhook mode: how many connections Telegram may open at once.</summary>
    [Range(1, 100, ErrorMessage = "Bot:Telegram:WebhookMaxConnections must be 1-100.")]
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>Telegram user ids that may moderate every chat, besides each group's creator and administrators.</summary>
    public long[] Moderators { get; set; } = [];

    /// <summary>How long one getUpdates call waits for news (long polling). Not 0: short polling would spin against the API.</summary>
    [Range(1, 50, ErrorMessage = "Bot:Telegram:PollTimeoutSeconds must be 1-50.")]
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>At most this many updates per getUpdates call.</summary>
    [Range(1, 100, ErrorMessage = "Bot:Telegram:PollLimit must be 1-100.")]
    public int PollLimit { get; set; } = 100;

    /// <summary>A single API call (other than the long poll's own wait) taking longer than this is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait after a network error or 5xx; it doubles per failure up to <see cref="RetryMaximumDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaximumDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a reply is tried on network errors and 5xx before it is given up (429 waits do not count).</summary>
    [Range(1, 20, ErrorMessage = "Bot:Telegram:SendAttempts must be 1-20.")]
    public int SendAttempts { get; set; } = 5;
}
