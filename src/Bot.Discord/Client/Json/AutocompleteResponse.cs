namespace Bot.Discord.Client.Json;

internal sealed record AutocompleteResponse(int Type, AutocompleteData Data);
