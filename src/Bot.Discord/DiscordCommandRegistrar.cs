using Bot.Core.Commands;
using Bot.Core.Text;
using Bot.Discord.Api;

namespace Bot.Discord;

/// <summary>
/// Registers every command of the <see cref="CommandRegistry"/> as a Discord slash command by bulk overwrite,
/// so Discord's list is generated from the same registry as /help and cannot drift from it.
/// </summary>
internal sealed class DiscordCommandRegistrar(CommandRegistry registry, IDiscordApi api, IOptions<DiscordOptions> options, ILogger<DiscordCommandRegistrar> logger)
{
    public const string AttachmentOptionName = "file";
    public const int MaxDescription = 100;
    public const int MaxOptionLength = 6000;

    public static IReadOnlyList<SlashCommand> Build(IEnumerable<CommandDescriptor> descriptors) =>
    [
        .. descriptors.Select(d => new SlashCommand(
            d.Name,
            TextShortener.Shorten(d.Description, MaxDescription),
            Options(d),
            d.Audience == CommandAudience.Moderators)),
    ];

    /// <summary>The free-text argument as a text option, then an optional file option for commands that read a file.</summary>
    private static IReadOnlyList<SlashCommandOption> Options(CommandDescriptor descriptor)
    {
        var options = new List<SlashCommandOption>();
        if (descriptor.Argument is { } argument)
        {
            options.Add(new SlashCommandOption(SlashOptionKind.Text, argument.Name.ToLowerInvariant(), TextShortener.Shorten(argument.Description, MaxDescription), argument.Required)
            {
                Autocomplete = argument.Suggestions == ArgumentSuggestions.Topics,
                MaxLength = Math.Clamp(argument.MaxLength, 1, MaxOptionLength),
            });
        }

        if (descriptor.AcceptsAttachment)
        {
            options.Add(new SlashCommandOption(SlashOptionKind.File, AttachmentOptionName, "A .txt, .md or .html file", Required: false));
        }

        return options;
    }

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var commands = Build(registry.Descriptors);
        var guild = string.IsNullOrWhiteSpace(options.Value.GuildId) ? null : options.Value.GuildId;
        await api.OverwriteCommandsAsync(guild, commands, cancellationToken);
        logger.LogInformation("Registered {Count} Discord commands {Scope}", commands.Count, guild is null ? "globally" : $"in guild {guild}");
    }
}
