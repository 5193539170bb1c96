namespace Bot.Discord.Client.Json;

/// <summary>A file a user attached to a slash command; <c>url</c> is on Discord's CDN.</summary>
internal sealed record DiscordAttachment(string Id, string Filename, long? Size, string Url, string? ContentType);
