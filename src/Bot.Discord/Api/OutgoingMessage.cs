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

internal sealed record MessageEmbed(string? Title, string? Description, IReadOnlyList<MessageEmbedField>? Fields, string? Footer)
{
    /// <summary>The image the embed shows: a URL, or "attachment://name" for the message's <see cref="OutgoingMessage.File"/>.</summary>
    public string? Image { get; init; }
}

/// <summary>An uploaded file: its name, its bytes, and its description (what screen readers say for an image).</summary>
internal sealed record OutgoingFile(string FileName, byte[] Bytes, string ContentType, string? Description);

internal sealed record MessageEmbedField(string Name, string Value);

/// <summary>A button that runs <see cref="Command"/> when pressed.</summary>
internal sealed record MessageButton(string Label, string Command);
