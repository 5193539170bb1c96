using Bot.Host.Console;
using Bot.Host.Knowledge;

namespace Bot.Tests.Support;

/// <summary>
/// The bot's own host as the hosting and operations tests build it: <see cref="TestHostBuilder.OnDataFolder"/> (the
/// test's data folder, the repository's seeds, nothing from the machine) with the bot registered at a pinned clock.
/// A test adds the further features it runs (scheduling, delivery, observability, transports).
/// </summary>
public static class BotTestHost
{
    /// <summary>How long a console session may take before the test calls it hung.</summary>
    private static readonly TimeSpan SessionTimeout = TimeSpan.FromSeconds(30);

    public static HostApplicationBuilder Create(string dataFolder, DateTimeOffset? now = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = TestHostBuilder.OnDataFolder(dataFolder, settings);
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, now));
        return builder;
    }

    /// <summary>The bot's host, not started, with its storage migrated and the seeds loaded: what a command meets right after start.</summary>
    public static async Task<IHost> LoadedAsync(string dataFolder, DateTimeOffset? now = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var host = Create(dataFolder, now, settings).Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<IStorageMigrations>().EnsureMigratedAsync().WaitAsync(timeout.Token);
        await host.Services.GetRequiredService<SeedLoader>().LoadAsync(timeout.Token);
        return host;
    }

    /// <summary>The instant a test pins the clock to, written as ISO 8601.</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Types <paramref name="script"/> into the console chat of a real host and returns everything it printed. The
    /// session must end by itself (at /quit or the end of input), never at the timeout.
    /// </summary>
    public static async Task<string> RunConsoleSessionAsync(string dataFolder, string script, DateTimeOffset? now = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var output = new StringWriter();
        var builder = TestHostBuilder.OnDataFolder(dataFolder, settings);
        builder.Services.AddSingleton(new ConsoleChatStreams(new StringReader(script), output));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, now));
        builder.AddChatTransports();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(SessionTimeout);

        await host.RunAsync(timeout.Token);

        Assert.False(timeout.IsCancellationRequested, "the console session should end by itself, not at the timeout");
        return output.ToString();
    }
}
