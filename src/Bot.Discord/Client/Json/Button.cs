namespace Bot.Discord.Client.Json;

/// <summary>A secondary-style (2) button (component type 2).</summary>
internal sealed record Button(string Label, string CustomId, int Style = 2, int Type = 2);
