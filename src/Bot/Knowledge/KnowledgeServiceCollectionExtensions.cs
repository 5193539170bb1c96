using Bot.Core;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Host.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The story's knowledge (the core's <c>AddKnowledge</c>) and the seed loading that fills it at start.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledge();
        if (builder.Services.Any(d => d.ServiceType == typeof(SeedLoader)))
        {
            return builder;
        }

        builder.Services.AddAnnotatedOptions<KnowledgeOptions>(KnowledgeOptions.Section);
        // Answers say how old the newest report is past Bot:Knowledge:StaleAfter; the commands' own default gives way to this.
        builder.Services.AddSingleton(sp => new StoryClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.StaleAfter));
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SeedLoader>());
        return builder;
    }
}
