using Bot.Core.Chat;
using Bot.Host.Knowledge;
using Bot.Host.Storage;
using Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Observability;

/// <summary>Ready when the seeds and stored sources have been loaded once: before that every answer would be empty.</summary>
internal sealed class KnowledgeHealthCheck(SeedLoader seeds) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(seeds.LoadedSources is { } count
            ? HealthCheckResult.Healthy($"{count} sources loaded")
            : HealthCheckResult.Unhealthy("the story's sources are not loaded yet"));
}

/// <summary>Ready when the bot's database answers a query (and its schema is migrated).</summary>
internal sealed class StorageHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await database.GetVersionAsync(cancellationToken);
            return version == database.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {database.LatestVersion}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be read", exception);
        }
    }
}

/// <summary>
/// Ready when every configured chat platform is up: Telegram once getMe has succeeded (the token is accepted and the
/// Bot API reachable) and its receiver is running; Discord while its transport runs. The console needs nothing.
/// </summary>
internal sealed class TransportsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var platforms = services.GetServices<IChatSender>().Select(s => s.Platform).Where(p => p != ChatPlatform.Console).Distinct().ToList();
        var stopped = services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsCompleted: true } && s.GetType().Namespace is { } ns && (ns.StartsWith("Bot.Telegram", StringComparison.Ordinal) || ns.StartsWith("Bot.Discord", StringComparison.Ordinal)))
            .Select(s => s.GetType().Name)
            .ToList();
        var problems = new List<string>();
        if (platforms.Contains(ChatPlatform.Telegram) && services.GetService<TelegramBotProfile>() is { IsKnown: false })
        {
            problems.Add("Telegram has not answered getMe yet");
        }

        if (stopped.Count > 0)
        {
            problems.Add($"stopped: {string.Join(", ", stopped)}");
        }

        var names = platforms.Count == 0 ? "console only" : string.Join(", ", platforms);
        return Task.FromResult(problems.Count == 0 ? HealthCheckResult.Healthy(names) : HealthCheckResult.Unhealthy($"{names}: {string.Join("; ", problems)}"));
    }
}
