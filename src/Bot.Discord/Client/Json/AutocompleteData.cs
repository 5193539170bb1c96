namespace Bot.Discord.Client.Json;

internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);
