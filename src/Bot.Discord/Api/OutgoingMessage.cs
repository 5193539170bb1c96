namespace Bot.Discord.Api;

/// <summary>
/// A message the bot sends: text or embeds, rows of buttons, and whether only the asker sees it (possible for an
/// interaction's responses only). New kinds of content (an uploaded picture) are added here as optional members.
/// </summary>
internal sealed record OutgoingMessage(string? Content, IReadOnlyList<MessageEmbed>? Embeds, IReadOnlyList<IReadOnlyList<MessageButton>>? ButtonRows, bool Ephemeral = false)
{
    /// <summary>A file uploaded with the message; an embed shows it with <see cref="MessageEmbed.Image"/> = "attachment://" + its name.</summary>
    public OutgoingFile? File { get; init; }
}
