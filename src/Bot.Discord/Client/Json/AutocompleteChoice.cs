namespace Bot.Discord.Client.Json;

internal sealed record AutocompleteChoice(string Name, string Value);
