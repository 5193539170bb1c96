using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Telegram.Interactions;

namespace Bot.Telegram;

/// <summary>Unsolicited messages (reminders) to Telegram chats; refusals come back as outcomes, never as exceptions.</summary>
internal sealed class TelegramChatSender(TelegramMessenger messenger, IOptions<TelegramOptions> options) : IChatSender
{
    public ChatPlatform Platform => ChatPlatform.Telegram;

    /// <summary>Telegram's published limits (<see cref="TelegramOptions.MessagesPerSecond"/> and the two after it); groups have negative ids.</summary>
    public SendLimits Limits => new(options.Value.MessagesPerSecond, options.Value.ChatInterval, options.Value.GroupMessagesPerMinute, chat => chat.ChatId.StartsWith('-'));

    public Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, CancellationToken cancellationToken) =>
        messenger.SendAsync(chat, answer, replyTo: null, persistent: false, cancellationToken);
}
