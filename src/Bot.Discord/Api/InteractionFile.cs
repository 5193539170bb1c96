namespace Bot.Discord.Api;

/// <summary>A file attached to a slash command; <see cref="OpenAsync"/> downloads it, the reader caps its size.</summary>
internal sealed record InteractionFile(string FileName, long? Size, string? ContentType, Func<CancellationToken, Task<Stream>> OpenAsync);
