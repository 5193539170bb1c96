using Bot.Core;
using Bot.Core.Cluster;

namespace Bot.Host.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// What lets several instances share one PostgreSQL database (<c>Bot:Cluster</c>): leadership of the one-at-a-time
    /// roles by advisory locks, and the listener that brings other instances' source changes into this one's knowledge.
    /// </summary>
    internal static IHostApplicationBuilder AddPostgresCluster(this IHostApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        services.AddAnnotatedOptions<ClusterOptions>(ClusterOptions.Section);
        services.AddSingleton(sp => new PostgresLeadership(connectionString, sp.GetRequiredService<IOptions<ClusterOptions>>(), sp.GetRequiredService<ILogger<PostgresLeadership>>()));
        services.AddSingleton<ILeadership>(sp => sp.GetRequiredService<PostgresLeadership>());
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PostgresKnowledgeListener>(sp, connectionString));
        services.AddHostedService(sp => sp.GetRequiredService<PostgresKnowledgeListener>());
        return builder;
    }
}
