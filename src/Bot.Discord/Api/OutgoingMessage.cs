namespace Bot.Discord.Api;

/// <summary>
/// A message the bot sends: text or embeds, rows of buttons, and whether only the asker sees it (possible for an
/// interaction's responses only). New kinds of content (an uploaded picture) are added here as optional members.
/// </summary>
internal sealed record OutgoingMessage(string? Content, IReadOnlyList<MessageEmbed>? Embeds, IReadOnlyList<IReadOnlyList<MessageButton>>? ButtonRows, bool Ephemeral = false);

internal sealed record MessageEmbed(string? Title, string? Description, IReadOnlyList<MessageEmbedField>? Fields, string? Footer);

internal sealed record MessageEmbedField(string Name, string Value);

/// <summary>A button that runs <see cref="Command"/> when pressed.</summary>
internal sealed record MessageButton(string Label, string Command);
