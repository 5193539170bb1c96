using Bot.Core.Chat;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the hosting namespace, as ASP.NET Core's and Aspire's AddXyz methods are, so that the host adds the
// transport with one line and no using of a transport namespace.
namespace Microsoft.Extensions.Hosting;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Discord transport (gateway or HTTP interactions, per <c>Bot:Discord:Mode</c>) and its
    /// <see cref="IChatSender"/>, but only when <c>Bot:Discord:Token</c> is set. Options are validated at start.
    /// The chat sender needs an <see cref="IChatDirectory"/>, which the host registers.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordTransport(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:Token"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

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
        services.TryAddSingleton<DiscordBackgroundWork>();
        services.TryAddSingleton<DiscordInteractionHandler>();
        services.TryAddSingleton<DiscordCommandRegistrar>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.TryAddSingleton<DiscordInteractionsEndpoint>();
        services.AddSingleton<IChatSender, DiscordChatSender>();
        services.AddHostedService<DiscordTransport>();
        return builder;
    }
}
