using Bot.Core;

namespace Bot.Host.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// The health checks (knowledge loaded, storage reachable, transports connected) and, when
    /// <c>Bot:Observability:ListenUrl</c> is set, the listener serving them with Prometheus metrics. Call after the
    /// transports, so the listener starts last and reports ready only what has started.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.TryAddFeature(BotFeature.Observability))
        {
            return builder;
        }

        services.AddValidatedOptions<ObservabilityOptions, ObservabilityOptionsValidator>(ObservabilityOptions.Section);
        services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ObservabilityListener.ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ObservabilityListener.ReadyTag])
            .AddCheck<TransportsHealthCheck>("transports", tags: [ObservabilityListener.ReadyTag]);
        services.AddSingleton<ObservabilityListener>();
        services.AddHostedService(sp => sp.GetRequiredService<ObservabilityListener>());
        return builder;
    }
}
