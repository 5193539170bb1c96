using System.Text;
using Bot.Core.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Bot.Host.Observability;

/// <summary>
/// The operator's listener on <see cref="ObservabilityOptions.ListenUrl"/>: <c>/healthz</c> (the process serves
/// HTTP), <c>/readyz</c> (every check tagged <see cref="ReadyTag"/> passes: 200, else 503, one line per check) and
/// <c>/metrics</c> (Prometheus text, from an OpenTelemetry meter provider listening to <see cref="BotMetrics.MeterName"/>).
/// Its own small Kestrel app, like the Telegram webhook's, so the bot's host stays a plain generic host.
/// </summary>
public sealed class ObservabilityListener(
    IOptions<ObservabilityOptions> options,
    HealthCheckService health,
    ILoggerFactory loggerFactory,
    ILogger<ObservabilityListener> logger) : IHostedService, IAsyncDisposable
{
    public const string ReadyTag = "ready";

    /// <summary>Reply latency buckets in seconds: OpenTelemetry's defaults are for milliseconds.</summary>
    private static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

    private WebApplication? _app;

    /// <summary>The bound address (with the real port when the configured one was 0); null when off.</summary>
    public Uri? ListeningAddress { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ListenUrl is not { Length: > 0 } url)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(url);
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddView("bot.reply.duration", new ExplicitBucketHistogramConfiguration { Boundaries = LatencyBuckets })
            // Every scrape sees the numbers as they are now; the exporter would otherwise answer from a 300 ms cache.
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        _app = builder.Build();
        _app.UseOpenTelemetryPrometheusScrapingEndpoint();
        _app.Run(ServeAsync);
        await _app.StartAsync(cancellationToken);
        ListeningAddress = new Uri(_app.Urls.First());
        logger.LogInformation("Health and metrics on {Address} (/healthz, /readyz, /metrics)", ListeningAddress);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        switch (context.Request.Path.Value)
        {
            case "/healthz":
                await context.Response.WriteAsync("Healthy\n", context.RequestAborted);
                break;
            case "/readyz":
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), context.RequestAborted);
                context.Response.StatusCode = report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
                var text = new StringBuilder().Append(report.Status).Append('\n');
                foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(": ").Append(entry.Status).Append(" (").Append(entry.Description).Append(")\n");
                }

                await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync("Not found: try /healthz, /readyz or /metrics\n", context.RequestAborted);
                break;
        }
    }
}
