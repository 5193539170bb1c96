namespace Bot.Discord.Client.Json;

/// <summary>An upload's metadata in <c>attachments</c>: <see cref="Id"/> is the n of its multipart part <c>files[n]</c>.</summary>
internal sealed record WireAttachment(int Id, string Filename, string? Description);
