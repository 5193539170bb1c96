using System.Net;
using System.Text.RegularExpressions;
using Bot.Core.Commands;
using Bot.Host.Observability;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;

namespace Bot.Tests.Operations;

/// <summary>The operator's listener on the real host (console transport, SQLite, loopback port 0): health and Prometheus metrics.</summary>
[Collection(QuartzCollection.Name)]
public sealed partial class ObservabilityTests : IAsyncLifetime
{
    private static readonly ChatMessage Question = new(new ChatAddress(ChatPlatform.Console, "console"), new ChatSender("operator", "Operator"), "/status ain al asad");

    private readonly TempFolder _data = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private IHost _host = null!;
    private Uri _listener = null!;

    public async Task InitializeAsync()
    {
        var builder = BotTestHost.Create(_data.Path, BotTestHost.At("2026-01-01T09:00:00Z"), [new("Bot:Observability:ListenUrl", "http://127.0.0.1:0")]);
        builder.AddScheduling();
        builder.AddReminderDelivery();
        builder.AddObservability();
        _host = builder.Build();
        await _host.StartAsync();
        _listener = _host.Services.GetRequiredService<ObservabilityListener>().ListeningAddress!;
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _http.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Healthz_answers_200_while_the_process_serves()
    {
        using var response = await _http.GetAsync(new Uri(_listener, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_reports_knowledge_storage_and_transports_ready()
    {
        using var response = await _http.GetAsync(new Uri(_listener, "/readyz"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("knowledge: Healthy (1 sources loaded)", body);
        Assert.Contains("storage: Healthy (migrated", body);
        Assert.Contains("transports: Healthy", body);
    }

    [Fact]
    public async Task Readyz_answers_503_when_the_database_cannot_be_read()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Path.Combine(_data.Path, "bot.db"));
        Directory.Delete(_data.Path, recursive: true);
        await File.WriteAllTextAsync(_data.Path, "not a folder");
        // The delivery loop may have opened a connection between the first clearing and the delete; pooled, it would
        // still read the unlinked file. Cleared again, every later connection must open the path, which is now a file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            using var response = await _http.GetAsync(new Uri(_listener, "/readyz"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("storage: Unhealthy", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(_data.Path);
            Directory.CreateDirectory(_data.Path);
        }
    }

    [Fact]
    public async Task Metrics_count_updates_answers_and_latency_per_platform_and_command()
    {
        var dispatcher = _host.Services.GetRequiredService<CommandDispatcher>();
        var before = await ScrapeAsync();

        for (var i = 0; i < 3; i++)
        {
            await dispatcher.HandleAsync(Question, LocalOperatorIsModerator.Instance, CancellationToken.None);
        }

        var after = await ScrapeAsync();
        string[] labels = ["command=\"status\"", "platform=\"console\""];
        Assert.True(Value(after, "bot_updates_received_total", labels) - Value(before, "bot_updates_received_total", labels) >= 3, after);
        Assert.True(Value(after, "bot_updates_answered_total", labels) - Value(before, "bot_updates_answered_total", labels) >= 3, after);
        Assert.True(Value(after, "bot_reply_duration_seconds_count", labels) - Value(before, "bot_reply_duration_seconds_count", labels) >= 3, after);
        Assert.True(Value(after, "bot_reply_duration_seconds_bucket", [.. labels, "le=\"+Inf\""]) >= 3, after);
        Assert.True(Value(after, "bot_knowledge_size", "kind=\"sources\"") >= 1, after);
    }

    [Fact]
    public async Task Metrics_tag_an_unknown_command_as_unknown_never_by_what_was_typed()
    {
        var dispatcher = _host.Services.GetRequiredService<CommandDispatcher>();
        var before = await ScrapeAsync();

        await dispatcher.HandleAsync(Question with { Text = "/nosuchcommand" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        var after = await ScrapeAsync();
        string[] labels = ["command=\"unknown\"", "platform=\"console\""];
        Assert.True(Value(after, "bot_updates_received_total", labels) - Value(before, "bot_updates_received_total", labels) >= 1, after);
        Assert.DoesNotContain("nosuchcommand", after);
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await _http.GetAsync(new Uri(_listener, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels include all of <paramref name="labels"/> (0 before its first use).</summary>
    private static double Value(string scrape, string name, params string[] labels) =>
        SampleLine().Matches(scrape)
            .Where(m => m.Groups["name"].Value == name && labels.All(label => m.Groups["labels"].Value.Split(',').Contains(label)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
