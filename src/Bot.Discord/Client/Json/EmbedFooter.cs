namespace Bot.Discord.Client.Json;

internal sealed record EmbedFooter(string Text);
