using System.Text.Json;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// The first response to an interaction (sent as the callback over REST, or returned inline in HTTP mode) and
/// what must follow it once that response is in place (an edit of a deferred response, follow-up messages).
/// </summary>
internal sealed record InteractionReply(byte[] InitialResponse, Func<CancellationToken, Task>? Completion);

/// <summary>
/// Maps an interaction to our <see cref="ChatMessage"/>, runs it through the one <see cref="CommandDispatcher"/>
/// path, and maps the <see cref="Answer"/> back: answered at once when ready within
/// <see cref="DiscordOptions.DeferAfter"/>, otherwise deferred (type 5) and completed by editing the original.
/// Shared by gateway and HTTP delivery, which differ only in how the first response travels.
/// </summary>
internal sealed class DiscordInteractionHandler(
    CommandDispatcher dispatcher,
    DiscordRestClient rest,
    DiscordAttachmentDownloader attachments,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    public const int MaxChoices = 25;
    public const int MaxChoiceLength = 100;

    private static readonly byte[] Pong = JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(CallbackType.Pong, null), DiscordJsonContext.Default.InteractionResponse);
    private static readonly byte[] Deferred = JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(CallbackType.DeferredChannelMessageWithSource, null), DiscordJsonContext.Default.InteractionResponse);

    /// <summary>Gateway delivery: answer through the callback endpoint, then complete. Never throws but for cancellation.</summary>
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await BeginAsync(interaction, cancellationToken);
            await rest.RespondAsync(interaction, reply.InitialResponse, cancellationToken);
            if (reply.Completion is { } completion)
            {
                await completion(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Answering Discord interaction {InteractionId} (type {Type}) failed", interaction.Id, interaction.Type);
        }
    }

    /// <summary>Works out the first response; the answer's remainder, if any, is left to <see cref="InteractionReply.Completion"/>.</summary>
    public async Task<InteractionReply> BeginAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return new(Pong, null);
            case InteractionType.Autocomplete:
                return new(Autocomplete(interaction), null);
            case InteractionType.ApplicationCommand or InteractionType.MessageComponent:
                return await CommandAsync(interaction, cancellationToken);
            default:
                logger.LogDebug("Ignoring Discord interaction type {Type}", interaction.Type);
                return new(Respond(Answer.Short("I can't handle that kind of interaction.", AnswerKind.Problem)).Initial, null);
        }
    }

    private async Task<InteractionReply> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var message = ToChatMessage(interaction, attachments.OpenAsync);
        var moderators = new InteractionModeratorCheck(interaction.Member, options.Value.ModeratorRoleIds);
        var running = AnswerAsync(message, moderators, cancellationToken);

        using (var deferTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var deadline = Task.Delay(options.Value.DeferAfter, time, deferTimer.Token);
            if (await Task.WhenAny(running, deadline) == running)
            {
                deferTimer.Cancel();
                var (initial, more) = Respond(await running);
                return new(initial, more.Count == 0 ? null : ct => FollowUpAsync(interaction, more, ct));
            }
        }

        logger.LogDebug("Deferring Discord interaction {InteractionId}: /{Command} is still running", interaction.Id, interaction.Data?.Name);
        return new(Deferred, async ct =>
        {
            var messages = DiscordMessageRenderer.Render(await running);
            await rest.EditOriginalAsync(ApplicationId(interaction), interaction.Token, messages[0], ct);
            await FollowUpAsync(interaction, messages.Skip(1).ToList(), ct);
        });
    }

    private async Task<Answer> AnswerAsync(ChatMessage message, IModeratorCheck moderators, CancellationToken cancellationToken) =>
        await dispatcher.HandleAsync(message, moderators, cancellationToken) ?? Answer.Short("(nothing to answer)", AnswerKind.Problem);

    private static (byte[] Initial, IReadOnlyList<DiscordMessage> Remainder) Respond(Answer answer)
    {
        var messages = DiscordMessageRenderer.Render(answer);
        var initial = JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(CallbackType.ChannelMessageWithSource, messages[0]), DiscordJsonContext.Default.InteractionResponse);
        return (initial, messages.Skip(1).ToList());
    }

    private async Task FollowUpAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await rest.FollowUpAsync(ApplicationId(interaction), interaction.Token, message, cancellationToken);
        }
    }

    private byte[] Autocomplete(Interaction interaction)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
        var choices = dispatcher.Suggest(interaction.Data?.Name ?? "", typed, MaxChoices)
            .Where(s => s.Value.Length is > 0 and <= MaxChoiceLength)
            .Select(s => new AutocompleteChoice(DiscordMarkdown.Truncate(s.Label.Length == 0 ? s.Value : s.Label, MaxChoiceLength), s.Value))
            .Take(MaxChoices)
            .ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new AutocompleteResponse(CallbackType.AutocompleteResult, new AutocompleteData(choices)), DiscordJsonContext.Default.AutocompleteResponse);
    }

    /// <summary>
    /// What the person typed, as our chat text: "/name argument" for a slash command, the button's command for a
    /// button; an ATTACHMENT option becomes the message's attachment, downloaded by <paramref name="download"/> only if opened.
    /// </summary>
    internal static ChatMessage ToChatMessage(Interaction interaction, Func<string, CancellationToken, Task<Stream>> download)
    {
        var text = interaction.Type == InteractionType.MessageComponent
            ? interaction.Data?.CustomId ?? ""
            : SlashText(interaction.Data);
        var user = interaction.Member?.User ?? interaction.User;
        var sender = new ChatSender(user?.Id ?? "unknown", interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? user?.Id ?? "unknown");
        var chat = new ChatAddress(Core.Chat.ChatPlatform.Discord, interaction.ChannelId ?? interaction.GuildId ?? user?.Id ?? "unknown");
        return new ChatMessage(chat, sender, text) { IsGroup = interaction.GuildId is not null, Attachment = Attachment(interaction.Data, download) };
    }

    private static ChatAttachment? Attachment(InteractionData? data, Func<string, CancellationToken, Task<Stream>> download)
    {
        var option = data?.Options?.FirstOrDefault(o => o.Type == DiscordCommandRegistrar.AttachmentOption && o.Value is { ValueKind: JsonValueKind.String });
        if (option?.Value?.GetString() is not { } id || data?.Resolved?.Attachments?.GetValueOrDefault(id) is not { } file)
        {
            return null;
        }

        return new ChatAttachment(file.Filename, file.Size, file.ContentType, ct => download(file.Url, ct));
    }

    private static string SlashText(InteractionData? data)
    {
        var argument = data?.Options?.FirstOrDefault(o => o.Value is { ValueKind: JsonValueKind.String })?.Value?.GetString();
        return string.IsNullOrWhiteSpace(argument) ? $"/{data?.Name}" : $"/{data?.Name} {argument}";
    }

    private string ApplicationId(Interaction interaction) => interaction.ApplicationId ?? options.Value.ApplicationId;
}
