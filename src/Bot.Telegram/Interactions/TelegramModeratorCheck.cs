using Bot.Core.Chat;
using Bot.Telegram.Client;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Interactions;

/// <summary>
/// A Telegram moderator is a configured user id, the group's creator or an administrator (asked with getChatMember),
/// the chat itself speaking (a channel post or an anonymous admin), or, in a private chat, its only user.
/// </summary>
internal sealed class TelegramModeratorCheck(
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ILogger<TelegramModeratorCheck> logger) : IModeratorCheck
{
    public async ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.Sender.Id, out var userId) || !long.TryParse(message.Chat.ChatId, out var chatId))
        {
            return false;
        }

        if (options.Value.Moderators.Contains(userId) || userId == chatId)
        {
            return true;
        }

        if (!message.IsGroup)
        {
            // A private chat's id is its user's id; the check above already covered the owner.
            return false;
        }

        try
        {
            var member = await client.GetChatMember(chatId: chatId, userId: userId, cancellationToken: cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (Exception exception) when (TelegramFault.ClassifyOrTransient(exception, cancellationToken) is { } fault)
        {
            // Fail closed: without an answer from Telegram nobody gets moderator rights.
            logger.LogWarning("Could not check whether user {User} moderates {Chat}: {Kind} {Error}", userId, message.Chat, fault.Kind, secrets.Redact(fault.Description));
            return false;
        }
    }
}
