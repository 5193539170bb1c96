using Bot.Core.Sources;
using Bot.Host.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Observability;

/// <summary>Ready when the schema is migrated and the store answers a query (whatever the provider).</summary>
internal sealed class StorageHealthCheck(IStorageMigrations migrations, ISourceStore sources) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await migrations.EnsureMigratedAsync().WaitAsync(cancellationToken);
            var removed = await sources.RemovedIdsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"migrated; {removed.Count} removed sources on record");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be read", exception);
        }
    }
}
