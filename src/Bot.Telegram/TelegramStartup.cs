using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Text;
using Bot.Telegram.Client;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// What both receivers do before the first update: learn who the bot is (getMe) and publish the command menu
/// (setMyCommands).
/// </summary>
internal sealed class TelegramStartup(
    ITelegramBotClient client,
    TelegramCalls calls,
    TelegramBotProfile profile,
    CommandRegistry registry,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ChatTransportStatus status,
    ILogger<TelegramStartup> logger)
{
    /// <summary>getMe and setMyCommands, retried until they succeed. False if Telegram refuses the token: the transport cannot run.</summary>
    public async Task<bool> IdentifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await calls.CallAsync("getMe", ct => client.GetMe(ct), cancellationToken);
            profile.Set(me.Id, me.Username ?? "");
            status.Up(ChatPlatform.Telegram, $"@{me.Username}");
            logger.LogInformation("Telegram bot @{Username} (id {Id}) starting in {Mode} mode", me.Username, me.Id, options.Value.Mode);
        }
        catch (TelegramCallException failure) when (failure.Fault.Kind == TelegramFaultKind.Unauthorized)
        {
            status.Down(ChatPlatform.Telegram, "the bot token was refused");
            logger.LogCritical("Telegram refused the bot token ({Error}). Check Bot__Telegram__Token (from @BotFather); the Telegram transport is off until the bot restarts.", secrets.Redact(failure.Fault.Description));
            return false;
        }

        var commands = registry.Descriptors
            .Select(d => new BotCommand { Command = d.Name, Description = MenuDescription(d) })
            .Take(100)
            .ToArray();
        try
        {
            await calls.CallAsync("setMyCommands", ct => client.SetMyCommands(commands, cancellationToken: ct), cancellationToken, maxAttempts: 5);
            logger.LogInformation("Published {Count} commands to Telegram's menu", commands.Length);
        }
        catch (TelegramCallException failure)
        {
            // The menu is a convenience; commands typed by hand still work.
            logger.LogError("Could not publish the command menu: {Kind} {Error}", failure.Fault.Kind, secrets.Redact(failure.Fault.Description));
        }

        return true;
    }

    /// <summary>Telegram wants 3-256 characters; our descriptors are 3-100, so this only guards a future mistake.</summary>
    private static string MenuDescription(CommandDescriptor descriptor)
    {
        var text = descriptor.Audience == CommandAudience.Moderators ? $"{descriptor.Description} (moderators)" : descriptor.Description;
        return text.Length switch
        {
            < 3 => text.PadRight(3, '.'),
            > 256 => TextShortener.Shorten(text, 256),
            _ => text,
        };
    }
}
