using System.Text.Json;

namespace Bot.Discord.Client.Json;

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused);
