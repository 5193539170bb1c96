using Bot.Core.Chat;
using Bot.Core.Cluster;
using Bot.Discord.Api;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Hosting;

namespace Bot.Discord;

/// <summary>
/// The Discord transport's one hosted service: it runs the <see cref="IDiscordInteractionSource"/>, answers each
/// interaction with the <see cref="DiscordInteractionHandler"/>, and registers the commands once Discord is ready
/// (again after a reconnect if the last registration failed). In a cluster the gateway session runs on the instance that
/// leads the application's gateway role (every session would receive every interaction); HTTP interactions, which the
/// load balancer spreads, run on every instance.
/// </summary>
internal sealed class DiscordTransport(
    IDiscordInteractionSource source,
    DiscordInteractionHandler handler,
    DiscordCommandRegistrar registrar,
    ChatTransportStatus status,
    ILeadership leadership,
    IOptions<DiscordOptions> options,
    ILogger<DiscordTransport> logger) : BackgroundService
{
    private int _registered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (options.Value.Mode == DiscordMode.Http)
        {
            await source.RunAsync(RegisterCommandsOnceAsync, handler.BeginAsync, stoppingToken);
        }
        else
        {
            await leadership.RunWhileLeadingAsync(
                LeadershipRoles.DiscordGateway(options.Value.ApplicationId),
                leading => source.RunAsync(RegisterCommandsOnceAsync, handler.BeginAsync, leading),
                stoppingToken);
        }

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
