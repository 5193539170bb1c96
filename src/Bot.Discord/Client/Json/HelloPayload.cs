namespace Bot.Discord.Client.Json;

/// <summary>A gateway session's opening: Hello, then Identify (<see cref="IdentifyPayload"/>) or Resume, then READY.</summary>
internal sealed record HelloPayload(int HeartbeatInterval);
