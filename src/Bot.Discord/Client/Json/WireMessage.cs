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

internal sealed record Embed(string? Title, string? Description, string? Url, IReadOnlyList<EmbedField>? Fields, EmbedFooter? Footer, EmbedImage? Image = null);

internal sealed record EmbedImage(string Url);

/// <summary>An upload's metadata in <c>attachments</c>: <see cref="Id"/> is the n of its multipart part <c>files[n]</c>.</summary>
internal sealed record WireAttachment(int Id, string Filename, string? Description);

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

internal sealed record ActionRow(IReadOnlyList<Button> Components, int Type = 1);

/// <summary>A secondary-style (2) button (component type 2).</summary>
internal sealed record Button(string Label, string CustomId, int Style = 2, int Type = 2);

/// <summary>Answers never ping anyone, whatever a quoted source says.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}
