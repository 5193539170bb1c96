using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Ingest.Web;

public static class SourceFetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers safe fetching of URLs and feeds, configured from <c>Bot:Sources</c>: the fetcher, the page and feed
    /// readers, and the address policy (public addresses only unless <c>AllowPrivateAddresses</c>; register another
    /// <see cref="IAddressPolicy"/> first to replace it).
    /// </summary>
    public static IServiceCollection AddSourceFetching(this IServiceCollection services)
    {
        services.AddOptions<SourceFetchOptions>()
            .BindConfiguration(SourceFetchOptions.Section)
            .Validate(o => o.MaxBytes > 0, "Bot:Sources:MaxBytes must be positive.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Bot:Sources:Timeout must be positive.")
            .Validate(o => o.MaxRedirects >= 0, "Bot:Sources:MaxRedirects cannot be negative.")
            .Validate(o => o.FeedInterval >= TimeSpan.FromMinutes(1), "Bot:Sources:FeedInterval must be at least a minute; feeds are polled politely.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserAgent), "Bot:Sources:UserAgent must not be empty.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAddressPolicy, PublicAddressPolicy>();
        services.TryAddSingleton<SafeHttpFetcher>();
        services.TryAddSingleton<UrlSourceReader>();
        services.TryAddSingleton<FeedReader>();
        return services;
    }
}
