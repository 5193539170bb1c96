using Bot.Core.Ingest.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Sources added at run time: safe fetching of pages and feeds, the catalog that adds and removes sources, the
    /// sources waiting for a moderator's confirmation, and the feed poller. Needs the knowledge and the stores.
    /// </summary>
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        if (services.TryAddFeature(BotFeature.Sources, BotFeature.Knowledge, BotFeature.Storage))
        {
            services.AddSourceFetching();
            services.TryAddSingleton<SourceCatalog>();
            services.TryAddSingleton<PendingSources>();
            services.TryAddSingleton<FeedPoller>();
        }

        return services;
    }
}
