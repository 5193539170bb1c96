namespace Bot.Core.Commands;

/// <summary>A value a user may pick for an argument: shown as <see cref="Label"/>, sent as <see cref="Value"/>.</summary>
public sealed record Suggestion(string Label, string Value);

/// <summary>Offers argument values while a user types (Discord autocomplete) or as buttons (Telegram).</summary>
public interface ISuggestionProvider
{
    IReadOnlyList<Suggestion> Suggest(ArgumentSuggestions kind, string typed, int limit);
}
