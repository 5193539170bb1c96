namespace Bot.Discord.Client.Json;

// The payloads of a gateway session's opening: Hello, Identify or Resume, and READY.

internal sealed record IdentifyPayload(string Token, int Intents, IdentifyProperties Properties);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumePayload(string Token, string SessionId, long? Seq);

internal sealed record HelloPayload(int HeartbeatInterval);

internal sealed record ReadyPayload(string SessionId, string ResumeGatewayUrl, DiscordUser? User);
