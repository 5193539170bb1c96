using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Bot.Fakes.Telegram;
using Bot.Host.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks;

/// <summary>
/// End-to-end Telegram latency: from an update offered by the fake Bot API to the bot's reply received by it, through the
/// real Telegram.Bot client, long polling, the dispatcher, the HTML renderer and the SQLite offset store. One operation
/// is one round trip; each invocation runs 1,000 of them one after another and the p50/p99 columns are over those.
/// Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[Config(typeof(LatencyColumns))]
public class TelegramRoundTripBenchmarks
{
    public const int Updates = 1000;

    private static readonly string StatsFile = Path.Combine(Path.GetTempPath(), "bot-benchmarks", "telegram-round-trip.json");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-benchmarks", Guid.NewGuid().ToString("N"));
    private FakeTelegramBotApi _fake = null!;
    private IHost _host = null!;
    private TaskCompletionSource _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private double[] _latencies = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_latencies.Length > 0)
        {
            var sorted = _latencies.Order().ToArray();
            var stats = new LatencyStats(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], sorted.Length);
            Directory.CreateDirectory(Path.GetDirectoryName(StatsFile)!);
            File.WriteAllText(StatsFile, JsonSerializer.Serialize(stats));
            Console.WriteLine($"// Telegram round trip over {stats.Count:N0} updates: p50 {stats.P50Ms:F2} ms, p99 {stats.P99Ms:F2} ms, max {stats.MaxMs:F2} ms");
        }

        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Updates)]
    public async Task UpdateToReply()
    {
        var latencies = new double[Updates];
        for (var i = 0; i < Updates; i++)
        {
            _reply = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = Stopwatch.GetTimestamp();
            _fake.EnqueueMessage(chatId: 42, "/help");
            await _reply.Task.WaitAsync(TimeSpan.FromSeconds(10));
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // The last invocation is a measured one; its 1,000 round trips give the percentiles.
        _latencies = latencies;
    }

    private async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        File.Delete(StatsFile);
        _fake = await FakeTelegramBotApi.StartAsync();
        _fake.RequestReceived += request =>
        {
            if (request.Method == "sendMessage")
            {
                _reply.TrySetResult();
            }
        };

        var builder = TestHostBuilder.Create(
            _fake.BotSettings(pollTimeoutSeconds: 5, new Dictionary<string, string?> { ["Bot:Storage:DataDirectory"] = _folder }),
            contentRoot: _folder);
        // The real process's wiring; its console logger is removed so the measurement is not of the terminal.
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, null)).AddChatTransports();
        builder.Logging.ClearProviders();
        _host = builder.Build();
        await _host.StartAsync();

        // One round trip before measuring: getMe, setMyCommands and the first connection are start-up, not latency.
        _fake.EnqueueMessage(chatId: 42, "/help");
        await _fake.WaitForAsync("sendMessage", 1, TimeSpan.FromSeconds(30));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record LatencyStats(double P50Ms, double P99Ms, double MaxMs, int Count);

    /// <summary>Adds p50 and p99 of single round trips, read from the file the benchmark process leaves behind.</summary>
    private sealed class LatencyColumns : ManualConfig
    {
        public LatencyColumns()
        {
            AddColumn(new LatencyColumn("p50 round trip", s => s.P50Ms), new LatencyColumn("p99 round trip", s => s.P99Ms));
        }
    }

    private sealed class LatencyColumn(string name, Func<LatencyStats, double> pick) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name} over {Updates:N0} updates, from the fake offering an update to it receiving the reply";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            File.Exists(StatsFile) && JsonSerializer.Deserialize<LatencyStats>(File.ReadAllText(StatsFile)) is { } stats
                ? $"{pick(stats):F2} ms"
                : "n/a";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
