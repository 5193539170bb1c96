namespace Bot.Discord.Client.Json;

internal sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordAttachment>? Attachments);
