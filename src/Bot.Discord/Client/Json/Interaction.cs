namespace Bot.Discord.Client.Json;

/// <summary>An interaction as Discord sends it, over the gateway (INTERACTION_CREATE) or HTTP.</summary>
internal sealed record Interaction(
    string Id,
    string? ApplicationId,
    InteractionType Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string Token);
