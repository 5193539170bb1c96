namespace Bot.Discord.Api;

internal sealed record InteractionUser(string Id, string? Username, string? GlobalName);
