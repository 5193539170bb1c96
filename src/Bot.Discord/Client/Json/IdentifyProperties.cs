namespace Bot.Discord.Client.Json;

internal sealed record IdentifyProperties(string Os, string Browser, string Device);
