using Bot.Host.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Observability;

/// <summary>Ready when the seeds and stored sources have been loaded once: before that every answer would be empty.</summary>
internal sealed class KnowledgeHealthCheck(SeedLoader seeds) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(seeds.LoadedSources is { } count
            ? HealthCheckResult.Healthy($"{count} sources loaded")
            : HealthCheckResult.Unhealthy("the story's sources are not loaded yet"));
}
