using System.Collections.Concurrent;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Commands;
using Bot.Discord.Client.Gateway;
using Bot.Fakes.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Bot.Testing;

namespace Bot.Benchmarks;

/// <summary>
/// One Discord interaction end to end: the fake gateway sends INTERACTION_CREATE for /help, the real transport
/// parses it, runs the dispatcher, renders embeds and POSTs the callback, which the fake REST API receives.
/// Each invocation runs 1,000 interactions one after another; p50 and p99 of their latencies are printed at the end.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MinColumn, MaxColumn]
public class DiscordInteractionBenchmarks
{
    public const int Interactions = 1000;

    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new();
    private readonly List<double> _lastRunMilliseconds = [];
    private FakeDiscordServer _fake = null!;
    private IHost _host = null!;
    private FakeGatewayConnection _gateway = null!;
    private long _nextId;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(lifetime: TimeSpan.FromHours(1));
        _fake.KeepRequests = false;
        _fake.RequestReceived += request =>
        {
            // Path: /interactions/{id}/{token}/callback
            var parts = request.Path.Split('/');
            if (parts.Length == 5 && parts[1] == "interactions" && _pending.TryRemove(parts[2], out var done))
            {
                done.TrySetResult(Stopwatch.GetTimestamp());
            }
        };

        var builder = TestHostBuilder.Create(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = "benchmark-token",
            ["Bot:Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
            ["Bot:Discord:ApiBaseUrl"] = _fake.ApiBaseUrl,
            ["Bot:Discord:GatewayUrl"] = _fake.GatewayUrl.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new GatewayRandomness(() => 0.5));
        builder.Services.AddCommandsInMemory();
        builder.AddDiscordTransport();
        _host = builder.Build();
        await _host.StartAsync();

        _gateway = await _fake.AcceptGatewayAsync();
        await _gateway.SendHelloAsync(41_250);
        await _gateway.ReceiveAsync(2);
        await _gateway.SendReadyAsync();
    }

    [Benchmark(OperationsPerInvoke = Interactions)]
    public async Task Interaction_to_callback()
    {
        _lastRunMilliseconds.Clear();
        for (var i = 0; i < Interactions; i++)
        {
            var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = done;
            var sent = Stopwatch.GetTimestamp();
            await _gateway.SendDispatchAsync("INTERACTION_CREATE", Interaction(id));
            var received = await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
            _lastRunMilliseconds.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_lastRunMilliseconds.Count > 0)
        {
            var sorted = _lastRunMilliseconds.Order().ToList();
            Console.WriteLine($"// Discord interaction -> callback over the last {sorted.Count:N0} interactions: " +
                $"p50 {Percentile(sorted, 0.50):F3} ms, p99 {Percentile(sorted, 0.99):F3} ms, max {sorted[^1]:F3} ms");
        }

        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static object Interaction(string id) => new
    {
        id,
        application_id = FakeDiscordServer.ApplicationId,
        type = 2,
        data = new { id = "500", name = "help", type = 1 },
        guild_id = "300000000000000003",
        channel_id = "400000000000000004",
        member = new { user = new { id = "600", username = "reader" }, permissions = "0", roles = Array.Empty<string>() },
        token = $"token-{id}",
        version = 1,
    };
}
