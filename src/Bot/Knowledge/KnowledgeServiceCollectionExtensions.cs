using Bot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SeedLoader>());
        return builder;
    }
}
