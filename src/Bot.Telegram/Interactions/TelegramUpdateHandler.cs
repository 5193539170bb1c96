using System.Collections.Concurrent;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Telegram.Client;
using Bot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Interactions;

/// <summary>
/// Handles one update from either receiver (polling or webhook): map it to a <see cref="ChatMessage"/>, run the
/// dispatcher, send the answer. It never throws for a bad update, only for cancellation, so one odd update cannot
/// stop the bot.
/// </summary>
internal sealed class TelegramUpdateHandler(
    CommandDispatcher dispatcher,
    TelegramMessenger messenger,
    TelegramModeratorCheck moderators,
    ITelegramBotClient client,
    CallbackDataTable callbacks,
    TelegramBotProfile profile,
    IChatDirectory directory,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ILogger<TelegramUpdateHandler> logger)
{
    /// <summary>The update kinds the bot asks Telegram for; others are not sent to it at all.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>Chats recorded as active in this process, so the directory is written once per chat, not per message.</summary>
    private readonly ConcurrentDictionary<long, bool> _knownActive = new();

    /// <summary>
    /// Handles an update, or logs one the client cannot read (its id and kind) and skips it: fetching it again cannot
    /// make it readable, and it must not hold up the updates behind it.
    /// </summary>
    public Task HandleAsync(ReceivedUpdate received, CancellationToken cancellationToken)
    {
        if (received.Update is { } update)
        {
            return HandleAsync(update, cancellationToken);
        }

        logger.LogWarning(
            "Skipped Telegram update {UpdateId} ({Kind}): the client cannot read it ({Problem})",
            received.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "without an id", received.Kind, secrets.Redact(received.Problem));
        return Task.CompletedTask;
    }

    private async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            switch (update)
            {
                // A channel's post is read as a message: commands and questions work the same there.
                case { Message: not null } or { ChannelPost: not null }:
                    await HandleMessageAsync(update.Message ?? update.ChannelPost!, cancellationToken);
                    break;
                case { CallbackQuery: { } query }:
                    await HandleCallbackAsync(query, cancellationToken);
                    break;
                case { MyChatMember: { } change }:
                    await HandleMembershipAsync(change, cancellationToken);
                    break;
                default:
                    logger.LogDebug("Ignored update {UpdateId} of kind {Kind}", update.Id, update.Type);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError("Update {UpdateId} could not be handled and is skipped: {Error}", update.Id, secrets.Describe(exception));
        }
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var chatMessage = TelegramUpdateMapper.ToChatMessage(message, profile.Username, DownloadAsync);
        if (chatMessage is null)
        {
            return;
        }

        await RecordActiveAsync(message.Chat.Id, cancellationToken);
        var answer = await dispatcher.HandleAsync(chatMessage, moderators, cancellationToken);
        if (answer is not null)
        {
            await ReplyAsync(message.Chat.Id, chatMessage.Chat, answer, message.Id, cancellationToken);
        }
    }

    /// <summary>
    /// A document, fetched only if a command opens it, and streamed rather than buffered: the reader stops at the
    /// source size limit, which Telegram's reported size cannot be trusted to respect.
    /// </summary>
    private async Task<Stream> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        var file = await client.GetFile(fileId: fileId, cancellationToken: cancellationToken);
        var path = file.FilePath ?? throw new InvalidOperationException("Telegram gave no path for the file.");
        return StreamedDownload.Start((destination, ct) => client.DownloadFile(filePath: path, destination: destination, cancellationToken: ct), cancellationToken);
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var command = callbacks.Resolve(query.Data);
        try
        {
            // Answer first: the user's client shows a spinner on the button until we do.
            using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            call.CancelAfter(options.Value.RequestTimeout);
            await client.AnswerCallbackQuery(
                callbackQueryId: query.Id,
                text: command is null ? "This button has expired. Please send the command again." : null,
                cancellationToken: call.Token);
        }
        catch (Exception exception) when (TelegramFault.ClassifyOrTransient(exception, cancellationToken) is { } fault)
        {
            logger.LogWarning("Could not answer a button press: {Kind} {Error}", fault.Kind, secrets.Redact(fault.Description));
        }

        if (command is null || query.Message is not { } origin)
        {
            return;
        }

        var chatMessage = new ChatMessage(
            TelegramUpdateMapper.Address(origin.Chat.Id),
            TelegramUpdateMapper.Sender(query.From, null, origin.Chat),
            command)
        {
            IsGroup = TelegramUpdateMapper.IsGroup(origin.Chat.Type),
        };
        var answer = await dispatcher.HandleAsync(chatMessage, moderators, cancellationToken);
        if (answer is not null)
        {
            await ReplyAsync(origin.Chat.Id, chatMessage.Chat, answer, null, cancellationToken);
        }
    }

    private async Task ReplyAsync(long chatId, ChatAddress chat, Bot.Core.Answers.Answer answer, int? replyTo, CancellationToken cancellationToken)
    {
        var outcome = await messenger.SendAsync(chat, answer, replyTo, persistent: true, cancellationToken);
        if (outcome.Status == DeliveryStatus.ChatUnavailable)
        {
            // Marked inactive by the messenger; the next message from this chat must mark it active again.
            _knownActive.TryRemove(chatId, out _);
        }
    }

    private async Task HandleMembershipAsync(ChatMemberUpdated change, CancellationToken cancellationToken)
    {
        var chat = TelegramUpdateMapper.Address(change.Chat.Id);
        if (change.NewChatMember.Status is ChatMemberStatus.Left or ChatMemberStatus.Kicked)
        {
            _knownActive.TryRemove(change.Chat.Id, out _);
            logger.LogInformation("The bot was removed from {Chat} ({Status}); marking it inactive", chat, change.NewChatMember.Status);
            await directory.MarkInactiveAsync(chat, $"bot {change.NewChatMember.Status.ToString().ToLowerInvariant()}", cancellationToken);
        }
        else
        {
            await RecordActiveAsync(change.Chat.Id, cancellationToken);
        }
    }

    private async Task RecordActiveAsync(long chatId, CancellationToken cancellationToken)
    {
        if (_knownActive.ContainsKey(chatId))
        {
            return;
        }

        try
        {
            await directory.RecordActiveAsync(TelegramUpdateMapper.Address(chatId), cancellationToken);
            _knownActive.TryAdd(chatId, true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer matters more than the bookkeeping: log and go on.
            logger.LogError("Could not record {Chat} as active: {Error}", chatId, secrets.Describe(exception));
        }
    }
}
