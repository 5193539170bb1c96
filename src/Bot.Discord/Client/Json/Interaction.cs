using System.Text.Json;

namespace Bot.Discord.Client.Json;

/// <summary>An interaction as Discord sends it, over the gateway (INTERACTION_CREATE) or HTTP.</summary>
internal sealed record Interaction(
    string Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string Token);

internal sealed record InteractionData(string? Id, string? Name, IReadOnlyList<InteractionOption>? Options, string? CustomId, int? ComponentType)
{
    /// <summary>Objects an option refers to by id; an ATTACHMENT option's value is a key of <c>attachments</c>.</summary>
    public InteractionResolved? Resolved { get; init; }
}

internal sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordAttachment>? Attachments);

/// <summary>A file a user attached to a slash command; <c>url</c> is on Discord's CDN.</summary>
internal sealed record DiscordAttachment(string Id, string Filename, long? Size, string Url, string? ContentType);

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused);

internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
}
