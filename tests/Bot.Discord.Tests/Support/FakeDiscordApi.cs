using System.Collections.Concurrent;
using Bot.Discord.Api;

namespace Bot.Discord.Tests.Support;

/// <summary>
/// The adapter's side of the seam, in memory: records every call in order, and refuses channel posts with
/// <see cref="RefuseChannelPosts"/> when set, as a Discord client would report a refusal.
/// </summary>
internal sealed class FakeDiscordApi : IDiscordApi
{
    public ConcurrentQueue<(string Call, string Target, OutgoingMessage? Message)> Calls { get; } = new();

    public IReadOnlyList<SlashCommand>? Commands { get; private set; }

    public string? CommandsGuildId { get; private set; }

    public DiscordApiException? RefuseChannelPosts { get; set; }

    public Task EditResponseAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken) =>
        Record("edit", interaction.Id, message);

    public Task DeleteResponseAsync(DiscordInteraction interaction, CancellationToken cancellationToken) =>
        Record("delete", interaction.Id, null);

    public Task FollowUpAsync(DiscordInteraction interaction, OutgoingMessage message, CancellationToken cancellationToken) =>
        Record("follow-up", interaction.Id, message);

    public Task SendToChannelAsync(string channelId, OutgoingMessage message, bool waitOutRateLimits, CancellationToken cancellationToken) =>
        RefuseChannelPosts is { } refusal ? Task.FromException(refusal) : Record(waitOutRateLimits ? "post (waiting)" : "post", channelId, message);

    public Task OverwriteCommandsAsync(string? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken)
    {
        Commands = commands;
        CommandsGuildId = guildId;
        return Record("overwrite commands", guildId ?? "global", null);
    }

    private Task Record(string call, string target, OutgoingMessage? message)
    {
        Calls.Enqueue((call, target, message));
        return Task.CompletedTask;
    }
}
