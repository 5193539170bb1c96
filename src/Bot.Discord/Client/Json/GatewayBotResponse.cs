namespace Bot.Discord.Client.Json;

internal sealed record GatewayBotResponse(string Url, int? Shards, SessionStartLimit? SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
