namespace Bot.Telegram;

/// <summary>How the bot receives updates.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (getUpdates); works behind NAT, one poller per token.</summary>
    Polling,
    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>; needs a public HTTPS address.</summary>
    Webhook,
}
