namespace Bot.Core.Commands;

/// <summary>Who may run a command. Transports also use it: Discord sets default_member_permissions from it.</summary>
public enum CommandAudience
{
    Everyone,
    Moderators,
}

/// <summary>What a transport may offer while the user types an argument (Discord autocomplete, Telegram buttons).</summary>
public enum ArgumentSuggestions
{
    None,
    Topics,
}

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

/// <summary>
/// Everything a reader, /help, Telegram's setMyCommands and Discord's command registration need to know about
/// a command. Names are 1-32 chars of lowercase letters, digits and '_' (valid on both platforms);
/// descriptions 3-100 chars (Discord's limit is the tighter one).
/// </summary>
public sealed record CommandDescriptor(string Name, string Description, CommandArgument? Argument = null)
{
    public CommandAudience Audience { get; init; } = CommandAudience.Everyone;

    /// <summary>The command reads a file sent with it; Discord registers an optional ATTACHMENT option for it.</summary>
    public bool AcceptsAttachment { get; init; }

    /// <summary>"/status &lt;topic&gt;", "/phases [topic]": derived so it can never drift from the argument.</summary>
    public string Usage => Argument is null
        ? $"/{Name}"
        : Argument.Required ? $"/{Name} <{Argument.Name}>" : $"/{Name} [{Argument.Name}]";
}
