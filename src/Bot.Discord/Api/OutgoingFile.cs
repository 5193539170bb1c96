namespace Bot.Discord.Api;

/// <summary>An uploaded file: its name, its bytes, and its description (what screen readers say for an image).</summary>
internal sealed record OutgoingFile(string FileName, byte[] Bytes, string ContentType, string? Description);
