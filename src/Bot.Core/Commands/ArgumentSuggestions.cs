namespace Bot.Core.Commands;

/// <summary>What a transport may offer while the user types an argument (Discord autocomplete, Telegram buttons).</summary>
public enum ArgumentSuggestions
{
    None,
    Topics,
}
