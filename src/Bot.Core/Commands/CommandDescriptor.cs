namespace Bot.Core.Commands;

/// <summary>
/// Everything a reader, /help, Telegram's setMyCommands and Discord's command registration need to know about
/// a command. Names are 1-32 chars of lowercase letters, digits and '_' (valid on both platforms);
/// descriptions 3-100 chars (Discord's limit is the tighter one).
/// </summary>
public sealed record CommandDescriptor(string Name, string Description, CommandArgument? Argument = null, CommandAudience Audience = CommandAudience.Everyone)
{
    /// <summary>The command reads a file sent with it; Discord registers an optional ATTACHMENT option for it.</summary>
    public bool AcceptsAttachment { get; init; }

    /// <summary>"/status &lt;topic&gt;", "/phases [topic]": derived so it can never drift from the argument.</summary>
    public string Usage => Argument is null
        ? $"/{Name}"
        : Argument.Required ? $"/{Name} <{Argument.Name}>" : $"/{Name} [{Argument.Name}]";
}
