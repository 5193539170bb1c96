namespace Bot.Discord.Client.Json;

internal sealed record EmbedImage(string Url);
