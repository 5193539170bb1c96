using Bot.Core.Chat;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Observability;

/// <summary>
/// Ready when every configured chat platform says it is connected (<see cref="ChatTransportStatus"/>: Telegram once
/// getMe has succeeded, Discord once the gateway or the HTTP endpoint is ready) and its receiver still runs. The
/// console needs nothing.
/// </summary>
internal sealed class TransportsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var platforms = services.GetServices<IChatSender>().Select(s => s.Platform).Where(p => p != ChatPlatform.Console).Distinct().ToList();
        var status = services.GetService<ChatTransportStatus>() ?? new ChatTransportStatus();
        var problems = platforms.Select(p => (Platform: p, State: status.Of(p))).Where(s => !s.State.Up).Select(s => $"{s.Platform}: {s.State.Detail}").ToList();
        problems.AddRange(services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsCompleted: true } && s.GetType().Namespace is { } ns && (ns.StartsWith("Bot.Telegram", StringComparison.Ordinal) || ns.StartsWith("Bot.Discord", StringComparison.Ordinal)))
            .Select(s => $"{s.GetType().Name} has stopped"));

        var names = platforms.Count == 0 ? "console only" : string.Join(", ", platforms);
        return Task.FromResult(problems.Count == 0 ? HealthCheckResult.Healthy(names) : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
