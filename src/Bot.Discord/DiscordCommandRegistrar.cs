using Bot.Core.Commands;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>
/// Registers every command of the <see cref="CommandRegistry"/> as a Discord slash command by bulk overwrite,
/// so Discord's list is generated from the same registry as /help and cannot drift from it.
/// </summary>
internal sealed class DiscordCommandRegistrar(CommandRegistry registry, DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<DiscordCommandRegistrar> logger)
{
    public const int ChatInput = 1;
    public const int StringOption = 3;
    public const int AttachmentOption = 11;
    public const string AttachmentOptionName = "file";
    public const int MaxDescription = 100;
    public const int MaxOptionLength = 6000;

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5): the server's moderators see moderator commands; admins may change that per server.</summary>
    public const string ManageGuildPermission = "32";

    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<CommandDescriptor> descriptors) =>
    [
        .. descriptors.Select(d => new ApplicationCommand(
            d.Name,
            ChatInput,
            DiscordMarkdown.Truncate(d.Description, MaxDescription),
            Options(d),
            d.Audience == CommandAudience.Moderators ? ManageGuildPermission : null)),
    ];

    /// <summary>The free-text argument as a STRING option, then an optional ATTACHMENT option for commands that read a file.</summary>
    private static IReadOnlyList<ApplicationCommandOption>? Options(CommandDescriptor descriptor)
    {
        var options = new List<ApplicationCommandOption>();
        if (descriptor.Argument is { } argument)
        {
            options.Add(new ApplicationCommandOption(
                StringOption,
                argument.Name.ToLowerInvariant(),
                DiscordMarkdown.Truncate(argument.Description, MaxDescription),
                argument.Required,
                argument.Suggestions == ArgumentSuggestions.Topics ? true : null,
                Math.Clamp(argument.MaxLength, 1, MaxOptionLength)));
        }

        if (descriptor.AcceptsAttachment)
        {
            options.Add(new ApplicationCommandOption(AttachmentOption, AttachmentOptionName, "A .txt, .md or .html file", false, null, null));
        }

        return options.Count == 0 ? null : options;
    }

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var commands = Build(registry.Descriptors);
        var guild = string.IsNullOrWhiteSpace(options.Value.GuildId) ? null : options.Value.GuildId;
        await rest.OverwriteCommandsAsync(options.Value.ApplicationId, guild, commands, cancellationToken);
        logger.LogInformation("Registered {Count} Discord commands {Scope}", commands.Count, guild is null ? "globally" : $"in guild {guild}");
    }
}
