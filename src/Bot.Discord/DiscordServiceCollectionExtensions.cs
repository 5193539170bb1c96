using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Cluster;
using Bot.Discord;
using Bot.Discord.Client;
using Bot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        if (!ChatTransportConfiguration.HasToken(builder.Configuration, DiscordOptions.Section))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDiscordClient();
        services.TryAddSingleton<DiscordInteractionHandler>();
        // Text alone unless the host draws pictures (Bot.Pictures' AddPictures).
        services.TryAddSingleton<IPictureRenderer>(NoPictures.Instance);
        services.TryAddSingleton<DiscordCommandRegistrar>();
        services.AddSingleton<IChatSender, DiscordChatSender>();
        services.TryAddSingleton<ChatTransportStatus>();
        // One process unless the host's storage says otherwise (a cluster's shared database).
        services.TryAddSingleton<ILeadership>(LocalLeadership.Instance);
        services.AddHostedService<DiscordTransport>();
        return builder;
    }
}
