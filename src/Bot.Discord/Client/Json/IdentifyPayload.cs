namespace Bot.Discord.Client.Json;

internal sealed record IdentifyPayload(string Token, int Intents, IdentifyProperties Properties);
