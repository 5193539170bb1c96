namespace Bot.Discord.Client.Json;

internal sealed record ActionRow(IReadOnlyList<Button> Components, int Type = 1);
