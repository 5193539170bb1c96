namespace Bot.Discord.Api;

internal sealed record MessageEmbed(string? Title, string? Description, IReadOnlyList<MessageEmbedField>? Fields, string? Footer)
{
    /// <summary>The image the embed shows: a URL, or "attachment://name" for the message's <see cref="OutgoingMessage.File"/>.</summary>
    public string? Image { get; init; }
}
