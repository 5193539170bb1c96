namespace Bot.Discord.Client.Json;

internal sealed record ReadyPayload(string SessionId, string ResumeGatewayUrl, DiscordUser? User);
