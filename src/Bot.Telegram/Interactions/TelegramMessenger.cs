using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Metrics;
using Bot.Telegram.Client;
using Bot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Interactions;

/// <summary>
/// The one way an <see cref="Answer"/> reaches a Telegram chat, for replies and for unsolicited messages alike:
/// render, split, send part by part, and turn Telegram's refusals into a <see cref="DeliveryOutcome"/>. An answer
/// with a picture goes first as a photo (sendPhoto), captioned with the answer when it fits in a caption, else with
/// the picture's alt text and followed by the answer's messages; a photo Telegram refuses leaves the text to go alone.
/// </summary>
internal sealed class TelegramMessenger(
    ITelegramBotClient client,
    TelegramCalls calls,
    IChatDirectory directory,
    CallbackDataTable callbacks,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    IPictureRenderer pictures,
    ILogger<TelegramMessenger> logger)
{
    /// <summary>Bounds the waits on repeated 429s for one part, so a flood wait cannot hold a message forever.</summary>
    private const int MaxRateLimitWaits = 5;

    /// <summary>The longest caption Telegram takes with a photo.</summary>
    public const int MaxCaptionLength = 1024;

    /// <param name="replyTo">The asking message; the first part is sent as a reply to it.</param>
    /// <param name="persistent">
    /// True for a reply: wait out 429s and retry network errors here. False for an unsolicited message: report
    /// RateLimited or TransientFailure at once so the caller can reschedule. Once a part is out, the rest of the
    /// message is always sent persistently, so a chat never sees half an answer because of a rate limit.
    /// </param>
    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, int? replyTo, bool persistent, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chat.ChatId, out var chatId))
        {
            return new DeliveryOutcome(DeliveryStatus.ChatUnavailable, Detail: $"{chat} is not a Telegram chat id");
        }

        var settings = options.Value;
        var backoff = calls.Backoff;
        var parts = TelegramHtmlRenderer.Render(answer);
        var parseMode = ParseMode.Html;
        var keyboard = TelegramHtmlRenderer.Keyboard(answer.Buttons, callbacks);
        var migrated = false;
        var photo = pictures.TryRender(answer);
        bool Captioned() => photo is not null && parts.Count == 1 && parts[0].Length <= MaxCaptionLength;
        var sent = false;

        // Index -1 is the photo; 0 and on are the text's parts, none of them when the photo carries the answer.
        for (var index = photo is null ? 0 : -1; index < (Captioned() ? 0 : parts.Count); index++)
        {
            var mustFinish = persistent || sent;
            var failures = 0;
            var rateLimitWaits = 0;
            DeliveryOutcome? refused = null;

            // How to go on after a refusal of this part: a wait before sending again, or null with the outcome in `refused`.
            async ValueTask<TimeSpan?> RetryAfterAsync(TelegramFault fault, int _)
            {
                BotMetrics.PlatformFault(ChatPlatform.Telegram, rateLimited: fault.Kind == TelegramFaultKind.RateLimited, retried: mustFinish && fault.Kind is TelegramFaultKind.RateLimited or TelegramFaultKind.Transient);
                switch (fault.Kind)
                {
                    case TelegramFaultKind.RateLimited when mustFinish && rateLimitWaits++ < MaxRateLimitWaits:
                        logger.LogWarning("Telegram asked to slow down sending to {Chat}; waiting {RetryAfter}", chat, fault.RetryAfter);
                        return fault.RetryAfter!.Value;
                    case TelegramFaultKind.RateLimited:
                        refused = new DeliveryOutcome(DeliveryStatus.RateLimited, fault.RetryAfter, secrets.Redact(fault.Description));
                        return null;
                    case TelegramFaultKind.Forbidden:
                        logger.LogWarning("Telegram refused to post to {Chat} ({Error}); marking it inactive", chat, secrets.Redact(fault.Description));
                        await TryAsync(() => directory.MarkInactiveAsync(chat, fault.Description, cancellationToken), "mark inactive", chat);
                        refused = new DeliveryOutcome(DeliveryStatus.ChatUnavailable, Detail: secrets.Redact(fault.Description));
                        return null;
                    case TelegramFaultKind.ChatMigrated when !migrated:
                        migrated = true;
                        var to = TelegramUpdateMapper.Address(fault.MigrateToChatId!.Value);
                        logger.LogInformation("{Chat} became supergroup {NewChat}; moving it and resending", chat, to);
                        await TryAsync(() => directory.MoveAsync(chat, to, cancellationToken), "move", chat);
                        chat = to;
                        chatId = fault.MigrateToChatId.Value;
                        return TimeSpan.Zero;
                    case TelegramFaultKind.BadRequest when !sent && parseMode == ParseMode.Html && fault.Description.Contains("parse entities", StringComparison.OrdinalIgnoreCase):
                        // Our markup should never be refused; if it is, the reader still gets the answer, as plain text.
                        logger.LogError("Telegram refused the HTML of an answer to {Chat} ({Error}); sending it as plain text", chat, secrets.Redact(fault.Description));
                        parts = MessageSplitter.Split(PlainTextRenderer.Render(answer), TelegramHtmlRenderer.MaxMessageLength);
                        parseMode = ParseMode.None;
                        return TimeSpan.Zero;
                    case TelegramFaultKind.Transient when mustFinish && ++failures < settings.SendAttempts:
                        var delay = backoff.Delay(failures);
                        logger.LogWarning("Sending to {Chat} failed ({Error}); attempt {Attempt} of {Attempts} in {Delay}", chat, secrets.Redact(fault.Description), failures + 1, settings.SendAttempts, delay);
                        return delay;
                    case TelegramFaultKind.Transient:
                        logger.LogWarning("Sending to {Chat} failed ({Error}); giving up for now", chat, secrets.Redact(fault.Description));
                        refused = new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: secrets.Redact(fault.Description));
                        return null;
                    case TelegramFaultKind.BadRequest when index < 0:
                        // The picture is extra: if Telegram will not take it, the answer still goes, as text.
                        logger.LogWarning("Telegram refused the picture for {Chat} ({Error}); sending the answer as text alone", chat, secrets.Redact(fault.Description));
                        photo = null;
                        return null;
                    case TelegramFaultKind.BadRequest:
                        // A 400 refuses this message as it is; sending it again unchanged cannot help. A bug of ours, logged loudly.
                        logger.LogError("Telegram refused a message to {Chat}: {Error}", chat, secrets.Redact(fault.Description));
                        refused = new DeliveryOutcome(DeliveryStatus.Rejected, Detail: secrets.Redact(fault.Description));
                        return null;
                    default:
                        // A refused token or a conflict is about the bot, not this message: it may go through later.
                        logger.LogError("Telegram refused a message to {Chat}: {Kind} {Error}", chat, fault.Kind, secrets.Redact(fault.Description));
                        refused = new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: secrets.Redact(fault.Description));
                        return null;
                }
            }

            var reply = !sent && replyTo is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null;
            var result = await calls.RunAsync(
                ct => index < 0
                    ? client.SendPhoto(
                        chatId: chatId,
                        photo: InputFile.FromStream(new MemoryStream(photo!.Png), photo.FileName),
                        caption: Captioned() ? parts[0] : Caption(photo.AltText, parseMode),
                        parseMode: parseMode,
                        replyParameters: reply,
                        replyMarkup: Captioned() ? keyboard : null,
                        cancellationToken: ct)
                    : client.SendMessage(
                        chatId: chatId,
                        text: parts[index],
                        parseMode: parseMode,
                        replyParameters: reply,
                        replyMarkup: index == parts.Count - 1 ? keyboard : null,
                        linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                        cancellationToken: ct),
                RetryAfterAsync,
                settings.RequestTimeout,
                cancellationToken);
            if (refused is not null)
            {
                return refused;
            }

            sent |= result.Fault is null;
        }

        return DeliveryOutcome.Sent;
    }

    /// <summary>The alt text as a caption (it fits: <see cref="TimelinePicture.MaxAltTextLength"/>), escaped for HTML.</summary>
    private static string Caption(string altText, ParseMode parseMode) =>
        parseMode == ParseMode.Html ? TelegramHtmlRenderer.Escape(altText) : altText;

    private async Task TryAsync(Func<Task> action, string what, ChatAddress chat)
    {
        try
        {
            await action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError("Could not {What} {Chat} in the chat directory: {Error}", what, chat, secrets.Describe(exception));
        }
    }
}
