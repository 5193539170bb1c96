namespace Bot.Discord.Client.Json;

internal sealed record AutocompleteResponse(CallbackType Type, AutocompleteData Data);
