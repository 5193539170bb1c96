using Bot.Core.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Interactions;

/// <summary>Maps Telegram's messages into our <see cref="ChatMessage"/>. Pure, so the addressing rules are easy to test.</summary>
internal static class TelegramUpdateMapper
{
    public static ChatAddress Address(long chatId) => new(ChatPlatform.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static bool IsGroup(ChatType type) => type is ChatType.Group or ChatType.Supergroup or ChatType.Channel;

    /// <summary>
    /// The message as our core sees it, or null when it has no text or is a command for another bot. A document's
    /// caption is its text ("/addsource" sent with a file); the text of the message it replies to comes along.
    /// </summary>
    /// <param name="download">Fetches a file by its file_id; the document becomes an attachment only when given.</param>
    public static ChatMessage? ToChatMessage(Message message, string botUsername, Func<string, CancellationToken, Task<Stream>>? download = null)
    {
        if ((message.Text ?? message.Caption) is not { } text || Address(botUsername, text) is not { } addressed)
        {
            return null;
        }

        return new ChatMessage(Address(message.Chat.Id), Sender(message.From, message.SenderChat, message.Chat), addressed)
        {
            IsGroup = IsGroup(message.Chat.Type),
            Attachment = message.Document is { } document && download is not null
                ? new ChatAttachment(document.FileName ?? "document", document.FileSize, document.MimeType, ct => download(document.FileId, ct))
                : null,
            RepliedText = message.ReplyToMessage is { } replied ? replied.Text ?? replied.Caption : null,
        };
    }

    public static ChatSender Sender(User? from, Chat? senderChat, Chat chat)
    {
        // A channel post, or an anonymous group admin, speaks as a chat rather than as a user.
        if (senderChat is not null)
        {
            return new ChatSender(senderChat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), senderChat.Title ?? senderChat.Username ?? "chat");
        }

        if (from is not null)
        {
            var name = string.Join(' ', new[] { from.FirstName, from.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
            return new ChatSender(from.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), name.Length > 0 ? name : from.Username ?? "user");
        }

        return new ChatSender(chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), chat.Title ?? "chat");
    }

    /// <summary>
    /// "/status@OurBot x" becomes "/status x"; "/status@OtherBot x" is null (not for us); anything else is unchanged.
    /// </summary>
    public static string? Address(string botUsername, string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/'))
        {
            return text;
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var command = trimmed[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var addressee = command[(at + 1)..];
        if (botUsername.Length == 0 || !addressee.Equals(botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return command[..at] + trimmed[end..];
    }
}
