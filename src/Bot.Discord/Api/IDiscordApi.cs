namespace Bot.Discord.Api;

/// <summary>
/// What the bot asks of Discord once an interaction is answered: complete a deferred response, follow up, post to a
/// channel, publish the slash commands. Implementations never let a message ping anyone, and report a refusal as a
/// <see cref="DiscordApiException"/>.
/// </summary>
internal interface IDiscordApi
{
    /// <summary>
    /// Replaces the interaction's first response (a deferral) with <paramref name="message"/>, which must not be
    /// ephemeral: a response's visibility is fixed when it is deferred, and Discord ignores the flag on an edit.
    /// </summary>
    Task EditResponseAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Removes the interaction's first response (a public deferral), so that a private answer can follow it.</summary>
    Task DeleteResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken);

    /// <summary>Adds a message after the interaction's first response.</summary>
    Task FollowUpAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Posts to a channel, always publicly. With <paramref name="waitOutRateLimits"/> false a 429 is thrown at once,
    /// so a caller that paces many chats can reschedule instead of waiting.
    /// </summary>
    Task SendToChannelAsync(string channelId, OutgoingMessage message, bool waitOutRateLimits, CancellationToken cancellationToken);

    /// <summary>Replaces every slash command of the application, in one server when <paramref name="guildId"/> is set.</summary>
    Task OverwriteCommandsAsync(string? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken);
}
