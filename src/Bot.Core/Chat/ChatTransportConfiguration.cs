using Bot.Core.Answers;
using Bot.Core.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Chat;

/// <summary>
/// The one rule for which chats a process serves, read before the host is built because registration depends on it:
/// a platform's transport is on when its section's <c>Token</c> is set, and the console chat only when none is.
/// </summary>
public static class ChatTransportConfiguration
{
    public static bool HasToken(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:Token"]);

    /// <summary>
    /// What every platform's transport registers before its own services, when its token is set (false, and nothing
    /// registered, when it is not): its options from <paramref name="section"/>, validated at start; the transports'
    /// shared status; text alone unless the host draws pictures (Bot.Pictures' AddPictures); one process unless the
    /// host's storage says otherwise (a cluster's shared database).
    /// </summary>
    public static bool TryAddChatTransport<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        if (!HasToken(configuration, section))
        {
            return false;
        }

        services.AddAnnotatedOptions<TOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatTransportStatus>();
        services.TryAddSingleton<IPictureRenderer>(NoPictures.Instance);
        services.TryAddSingleton<ILeadership>(LocalLeadership.Instance);
        return true;
    }
}
