namespace Bot.Core.Commands;

/// <summary>
/// The single free-text argument a command takes ("/status ain al asad", "/ask when does ...").
/// Discord registers it as one STRING option named <see cref="Name"/>.
/// </summary>
public sealed record CommandArgument(string Name, string Description, bool Required)
{
    public ArgumentSuggestions Suggestions { get; init; } = ArgumentSuggestions.None;

    /// <summary>Longer arguments are refused with a clear reply before the command runs.</summary>
    public int MaxLength { get; init; } = 500;
}
