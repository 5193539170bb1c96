using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The story's knowledge, one for the process: whoever fills it (the host's seed loader, a test) and every reader share it.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        if (services.TryAddFeature(BotFeature.Knowledge))
        {
            services.TryAddSingleton<KnowledgeBase>();
        }

        return services;
    }
}
