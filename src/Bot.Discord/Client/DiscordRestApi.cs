using Bot.Discord.Api;
using Bot.Discord.Client.Rest;

namespace Bot.Discord.Client;

/// <summary><see cref="IDiscordApi"/> over the hand-made REST client.</summary>
internal sealed class DiscordRestApi(DiscordRestClient rest, IOptions<DiscordOptions> options) : IDiscordApi
{
    public Task EditResponseAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken) =>
        message.Ephemeral
            ? throw new ArgumentException("An edit keeps the visibility of the response it edits; a private message cannot be one.", nameof(message))
            : rest.EditOriginalAsync(ApplicationId(interaction), interaction.Token, DiscordWireMapper.ToWire(message), message.File, cancellationToken);

    public Task DeleteResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken) =>
        rest.DeleteOriginalAsync(ApplicationId(interaction), interaction.Token, cancellationToken);

    public Task FollowUpAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken) =>
        rest.FollowUpAsync(ApplicationId(interaction), interaction.Token, DiscordWireMapper.ToWire(message), message.File, cancellationToken);

    public Task SendToChannelAsync(string channelId, OutgoingMessage message, bool waitOutRateLimits, CancellationToken cancellationToken) =>
        // Ephemeral messages exist only as interaction responses; a channel message is always public.
        rest.CreateMessageAsync(channelId, DiscordWireMapper.ToWire(message with { Ephemeral = false }), message.File, waitOutRateLimits, cancellationToken);

    public Task OverwriteCommandsAsync(string? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken) =>
        rest.OverwriteCommandsAsync(options.Value.ApplicationId, guildId, [.. commands.Select(DiscordWireMapper.ToWire)], cancellationToken);

    private string ApplicationId(DiscordInteraction interaction) => interaction.ApplicationId ?? options.Value.ApplicationId;
}
