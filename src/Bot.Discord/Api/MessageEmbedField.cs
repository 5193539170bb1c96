namespace Bot.Discord.Api;

internal sealed record MessageEmbedField(string Name, string Value);
