using Bot.Core.Chat;
using Bot.Discord.Api;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// The Discord transport's one hosted service: it runs the <see cref="IDiscordInteractionSource"/>, answers each
/// interaction with the <see cref="DiscordInteractionHandler"/>, and registers the commands once Discord is ready
/// (again after a reconnect if the last registration failed).
/// </summary>
internal sealed class DiscordTransport(
    IDiscordInteractionSource source,
    DiscordInteractionHandler handler,
    DiscordCommandRegistrar registrar,
    ChatTransportStatus status,
    ILogger<DiscordTransport> logger) : BackgroundService
{
    private int _registered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await source.RunAsync(RegisterCommandsOnceAsync, handler.BeginAsync, stoppingToken);
        if (!stoppingToken.IsCancellationRequested)
        {
            status.Down(ChatPlatform.Discord, "the transport has stopped");
            logger.LogCritical("The Discord transport has stopped; the rest of the bot keeps running");
        }
    }

    private async Task RegisterCommandsOnceAsync(CancellationToken cancellationToken)
    {
        status.Up(ChatPlatform.Discord);
        if (Interlocked.Exchange(ref _registered, 1) != 0)
        {
            return;
        }

        try
        {
            await registrar.RegisterAsync(cancellationToken);
        }
        catch
        {
            // Let the next READY (after a reconnect) try again.
            Interlocked.Exchange(ref _registered, 0);
            throw;
        }
    }
}
