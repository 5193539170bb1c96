namespace Bot.Discord.Client.Json;

internal sealed record Embed(string? Title, string? Description, string? Url, IReadOnlyList<EmbedField>? Fields, EmbedFooter? Footer, EmbedImage? Image = null);
