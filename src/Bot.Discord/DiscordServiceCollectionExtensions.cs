using Bot.Core.Chat;
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
        var services = builder.Services;
        if (!services.TryAddChatTransport<DiscordOptions>(builder.Configuration, DiscordOptions.Section))
        {
            return builder;
        }

        services.AddDiscordClient();
        services.TryAddSingleton<DiscordInteractionHandler>();
        services.TryAddSingleton<DiscordCommandRegistrar>();
        services.AddSingleton<IChatSender, DiscordChatSender>();
        services.AddHostedService<DiscordTransport>();
        return builder;
    }
}
