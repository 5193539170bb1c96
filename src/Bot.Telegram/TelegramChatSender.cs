using Bot.Core.Answers;
using Bot.Core.Chat;

namespace Bot.Telegram;

/// <summary>Unsolicited messages (reminders) to Telegram chats; refusals come back as outcomes, never as exceptions.</summary>
internal sealed class TelegramChatSender(TelegramMessenger messenger) : IChatSender
{
    public ChatPlatform Platform => ChatPlatform.Telegram;

    public Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, CancellationToken cancellationToken) =>
        messenger.SendAsync(chat, answer, replyTo: null, persistent: false, cancellationToken);
}
