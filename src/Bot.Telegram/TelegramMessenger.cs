using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Telegram.Client;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// The one way an <see cref="Answer"/> reaches a Telegram chat, for replies and for unsolicited messages alike:
/// render, split, send part by part, and turn Telegram's refusals into a <see cref="DeliveryOutcome"/>.
/// </summary>
internal sealed class TelegramMessenger(
    ITelegramBotClient client,
    TelegramCalls calls,
    IChatDirectory directory,
    CallbackDataTable callbacks,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ILogger<TelegramMessenger> logger)
{
    /// <summary>Bounds the waits on repeated 429s for one part, so a flood wait cannot hold a message forever.</summary>
    private const int MaxRateLimitWaits = 5;

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

        for (var index = 0; index < parts.Count; index++)
        {
            var mustFinish = persistent || index > 0;
            var failures = 0;
            var rateLimitWaits = 0;
            DeliveryOutcome? refused = null;

            // How to go on after a refusal of this part: a wait before sending again, or null with the outcome in `refused`.
            async ValueTask<TimeSpan?> RetryAfterAsync(TelegramFault fault, int _)
            {
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
                    case TelegramFaultKind.BadRequest when index == 0 && parseMode == ParseMode.Html && fault.Description.Contains("parse entities", StringComparison.OrdinalIgnoreCase):
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

            await calls.RunAsync(
                ct => client.SendMessage(
                    chatId: chatId,
                    text: parts[index],
                    parseMode: parseMode,
                    replyParameters: index == 0 && replyTo is { } asked ? new ReplyParameters { MessageId = asked, AllowSendingWithoutReply = true } : null,
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
        }

        return DeliveryOutcome.Sent;
    }

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
