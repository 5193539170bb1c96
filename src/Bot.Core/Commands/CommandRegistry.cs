namespace Bot.Core.Commands;

/// <summary>
/// The one list of commands. /help, Telegram's command menu and Discord's registration are all generated
/// from <see cref="All"/>, so they cannot drift apart.
/// </summary>
public sealed class CommandRegistry
{
    private readonly Dictionary<string, IChatCommand> _byName;

    public CommandRegistry(IEnumerable<IChatCommand> commands)
    {
        All = [.. commands];
        _byName = new Dictionary<string, IChatCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in All)
        {
            if (!_byName.TryAdd(command.Descriptor.Name, command))
            {
                throw new InvalidOperationException($"Two commands are named /{command.Descriptor.Name}.");
            }
        }
    }

    /// <summary>In registration order, which is the order /help shows.</summary>
    public IReadOnlyList<IChatCommand> All { get; }

    public IEnumerable<CommandDescriptor> Descriptors => All.Select(c => c.Descriptor);

    public IChatCommand? Find(string name) => _byName.GetValueOrDefault(name);
}
