namespace Bot.Discord.Client.Json;

/// <summary>Discord's error body; <c>retry_after</c> and <c>global</c> come with 429.</summary>
internal sealed record DiscordError(int? Code, string? Message, double? RetryAfter, bool? Global);
