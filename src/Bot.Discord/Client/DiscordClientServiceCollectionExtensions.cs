using Bot.Discord.Api;
using Bot.Discord.Client.Gateway;
using Bot.Discord.Client.Http;
using Bot.Discord.Client.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Discord.Client;

/// <summary>The protocol behind the two seams: replacing it with a Discord library means replacing this registration.</summary>
internal static class DiscordClientServiceCollectionExtensions
{
    /// <summary>Adds the gateway, REST and HTTP endpoint clients as <see cref="IDiscordInteractionSource"/> and <see cref="IDiscordApi"/>.</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(GatewayRandomness.Shared);
        services.TryAddSingleton<DiscordRateLimiter>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) => http.Timeout = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeout)
            // The factory's logs name request URLs, and an interaction's URL holds its token: ours log route templates instead.
            .RemoveAllLoggers();
        services.TryAddSingleton<DiscordRestClient>();
        services.AddHttpClient(DiscordAttachmentDownloader.HttpClientName, (sp, http) => http.Timeout = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeout)
            // Attachment URLs carry signed query parameters; keep them out of the logs.
            .RemoveAllLoggers();
        services.TryAddSingleton<DiscordAttachmentDownloader>();
        services.TryAddSingleton<DiscordWireMapper>();
        services.TryAddSingleton<DiscordBackgroundWork>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.TryAddSingleton<DiscordInteractionsEndpoint>();
        services.TryAddSingleton<IDiscordInteractionSource, DiscordInteractionSource>();
        services.TryAddSingleton<IDiscordApi, DiscordRestApi>();
        return services;
    }
}
