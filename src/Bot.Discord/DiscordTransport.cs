using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>
/// The Discord transport's one hosted service: in gateway mode it keeps the gateway session and registers the
/// commands after the first READY; in HTTP mode it registers them at once and serves the interactions endpoint.
/// </summary>
internal sealed class DiscordTransport(
    DiscordGatewayClient gateway,
    DiscordInteractionsEndpoint endpoint,
    DiscordInteractionHandler handler,
    DiscordCommandRegistrar registrar,
    DiscordBackgroundWork work,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordTransport> logger) : BackgroundService
{
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private int _registered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            if (options.Value.Mode == DiscordMode.Http)
            {
                RegisterCommandsOnce(stoppingToken);
                await endpoint.RunAsync(stoppingToken);
            }
            else
            {
                await gateway.RunAsync((name, data, ct) => OnDispatchAsync(name, data, stoppingToken), stoppingToken);
            }
        }
        finally
        {
            await work.DrainAsync(ShutdownGrace, time);
        }

        if (!stoppingToken.IsCancellationRequested)
        {
            logger.LogCritical("The Discord transport has stopped; the rest of the bot keeps running");
        }
    }

    private Task OnDispatchAsync(string eventName, JsonElement data, CancellationToken stoppingToken)
    {
        switch (eventName)
        {
            case "READY":
                RegisterCommandsOnce(stoppingToken);
                break;
            case "INTERACTION_CREATE":
                var interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
                if (interaction is not null)
                {
                    work.Start($"Discord interaction {interaction.Id}", () => handler.HandleAsync(interaction, stoppingToken));
                }

                break;
        }

        return Task.CompletedTask;
    }

    private void RegisterCommandsOnce(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            work.Start("Registering the Discord commands", async () =>
            {
                try
                {
                    await registrar.RegisterAsync(stoppingToken);
                }
                catch
                {
                    // Let the next READY (after a reconnect) try again.
                    Interlocked.Exchange(ref _registered, 0);
                    throw;
                }
            });
        }
    }
}
