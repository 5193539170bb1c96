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
        services.AddValidatedOptions<SourceFetchOptions, SourceFetchOptionsValidator>(SourceFetchOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAddressPolicy, PublicAddressPolicy>();
        services.TryAddSingleton<SafeHttpFetcher>();
        services.TryAddSingleton<UrlSourceReader>();
        services.TryAddSingleton<FeedReader>();
        return services;
    }
}
