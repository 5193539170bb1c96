namespace Bot.Discord.Client.Json;

internal sealed record ResumePayload(string Token, string SessionId, long? Seq);
