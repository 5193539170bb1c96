namespace Bot.Discord.Client.Json;

/// <summary>The body of a channel message, an interaction response's data, a webhook edit or a follow-up.</summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<ActionRow>? Components,
    AllowedMentions? AllowedMentions,
    int? Flags,
    IReadOnlyList<WireAttachment>? Attachments = null)
{
    public const int EphemeralFlag = 1 << 6;
}
