using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Text;
using Bot.Discord.Api;
using Bot.Discord.Rendering;

namespace Bot.Discord.Interactions;

/// <summary>
/// Maps an interaction to our <see cref="ChatMessage"/>, runs it through the one <see cref="CommandDispatcher"/>
/// path, and maps the <see cref="Answer"/> back: answered at once when ready within
/// <see cref="DiscordOptions.DeferAfter"/>, otherwise deferred and completed by editing the response (or, for a
/// private answer, by deleting the public placeholder and following up privately).
/// How the first response travels (gateway callback or HTTP) is the <see cref="IDiscordInteractionSource"/>'s affair.
/// </summary>
internal sealed class DiscordInteractionHandler(
    CommandDispatcher dispatcher,
    IDiscordApi api,
    IPictureRenderer pictures,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    public const int MaxChoices = 25;
    public const int MaxChoiceLength = 100;

    /// <summary>Works out the first response; the answer's remainder, if any, is left to <see cref="InteractionReply.Completion"/>.</summary>
    public async Task<InteractionReply> BeginAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        switch (interaction.Kind)
        {
            case DiscordInteractionKind.Autocomplete:
                return new(Autocomplete(interaction));
            case DiscordInteractionKind.SlashCommand or DiscordInteractionKind.Button:
                return await CommandAsync(interaction, cancellationToken);
            default:
                logger.LogDebug("Ignoring {Interaction}", interaction);
                return new(Respond(Answer.Short("I can't handle that kind of interaction.", AnswerKind.Problem)).First);
        }
    }

    private async Task<InteractionReply> CommandAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var message = ToChatMessage(interaction);
        var moderators = new InteractionModeratorCheck(interaction.Member, options.Value.ModeratorRoleIds);
        var running = AnswerAsync(message, moderators, cancellationToken);

        using (var deferTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var deadline = Task.Delay(options.Value.DeferAfter, time, deferTimer.Token);
            if (await Task.WhenAny(running, deadline) == running)
            {
                await deferTimer.CancelAsync();
                var (first, more) = Respond(await running);
                return new(first, more.Count == 0 ? null : ct => FollowUpAsync(interaction, more, ct));
            }
        }

        logger.LogDebug("Deferring {Interaction}: /{Command} is still running", interaction, interaction.CommandName);
        return new(new FirstResponse.Deferred(), async ct =>
        {
            var messages = Messages(await running);
            if (messages[0].Ephemeral)
            {
                // The public deferral fixed the response's visibility, so an edit would show a private answer to the
                // whole channel. The placeholder goes first: while it stands, Discord takes a follow-up as its edit.
                await api.DeleteResponseAsync(interaction, ct);
                await FollowUpAsync(interaction, messages, ct);
                return;
            }

            await api.EditResponseAsync(interaction, messages[0], ct);
            await FollowUpAsync(interaction, messages.Skip(1).ToList(), ct);
        });
    }

    private async Task<Answer> AnswerAsync(ChatMessage message, IModeratorCheck moderators, CancellationToken cancellationToken) =>
        await dispatcher.HandleAsync(message, moderators, cancellationToken) ?? Answer.Short("(nothing to answer)", AnswerKind.Problem);

    private (FirstResponse First, IReadOnlyList<OutgoingMessage> Remainder) Respond(Answer answer)
    {
        var messages = Messages(answer);
        return (new FirstResponse.Message(messages[0]), messages.Skip(1).ToList());
    }

    /// <summary>The answer's messages, then its chart when it has one that could be drawn.</summary>
    private IReadOnlyList<OutgoingMessage> Messages(Answer answer)
    {
        var messages = DiscordMessageRenderer.Render(answer);
        return pictures.TryRender(answer) is { } rendered
            ? [.. messages, DiscordMessageRenderer.Picture(rendered)]
            : messages;
    }

    private async Task FollowUpAsync(DiscordInteraction interaction, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await api.FollowUpAsync(interaction, message, cancellationToken);
        }
    }

    private FirstResponse Autocomplete(DiscordInteraction interaction)
    {
        var typed = interaction.TextOptions.FirstOrDefault(o => o.Focused)?.Value ?? "";
        var choices = dispatcher.Suggest(interaction.CommandName, typed, MaxChoices)
            .Where(s => s.Value.Length is > 0 and <= MaxChoiceLength)
            .Select(s => new Choice(TextShortener.Shorten(s.Label.Length == 0 ? s.Value : s.Label, MaxChoiceLength), s.Value))
            .Take(MaxChoices)
            .ToList();
        return new FirstResponse.Choices(choices);
    }

    /// <summary>
    /// What the person typed, as our chat text: "/name argument" for a slash command, the button's command for a
    /// button; an attachment option becomes the message's attachment, downloaded only if a command opens it.
    /// </summary>
    internal static ChatMessage ToChatMessage(DiscordInteraction interaction)
    {
        var text = interaction.Kind == DiscordInteractionKind.Button
            ? interaction.ButtonCommand ?? ""
            : SlashText(interaction);
        var user = interaction.User;
        var sender = new ChatSender(user.Id, interaction.Member?.Nick ?? user.GlobalName ?? user.Username ?? user.Id);
        var chat = new ChatAddress(ChatPlatform.Discord, interaction.ChannelId ?? interaction.GuildId ?? user.Id);
        var attachment = interaction.Attachment is { } file ? new ChatAttachment(file.FileName, file.Size, file.ContentType, file.OpenAsync) : null;
        return new ChatMessage(chat, sender, text) { IsGroup = interaction.GuildId is not null, Attachment = attachment };
    }

    private static string SlashText(DiscordInteraction interaction)
    {
        var argument = interaction.TextOptions is [var first, ..] ? first.Value : null;
        return string.IsNullOrWhiteSpace(argument) ? $"/{interaction.CommandName}" : $"/{interaction.CommandName} {argument}";
    }
}
