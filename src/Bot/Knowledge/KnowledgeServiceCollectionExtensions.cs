using Bot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The story's knowledge and the seed loading that fills it at start.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<KnowledgeBase>();
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SeedLoader>());
        return builder;
    }
}
