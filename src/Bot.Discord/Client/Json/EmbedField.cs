namespace Bot.Discord.Client.Json;

internal sealed record EmbedField(string Name, string Value, bool Inline = false);
