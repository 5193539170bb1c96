using System.Reflection;
using Bot.Core.Chat;
using Bot.Core.Knowledge;
using Bot.Host.Console;
using Bot.Host.Knowledge;
using Bot.Host.Observability;
using Bot.Host.Storage;
using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Hosting;

/// <summary>
/// One line once everything has started, so an operator reading the log (or journalctl) sees at a glance what this
/// process is: version, story, what it knows, which transports, where its state is, where its listener is.
/// </summary>
internal sealed class StartupSummary(
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    KnowledgeBase knowledge,
    SeedLoader seeds,
    IOptions<StorageOptions> storage,
    IHostEnvironment environment,
    ILogger<StartupSummary> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Log);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Log()
    {
        var version = typeof(StartupSummary).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var snapshot = knowledge.Current;
        var transports = services.GetServices<IChatSender>().Select(s => s.Platform.ToString())
            .Concat(services.GetServices<IHostedService>().OfType<ConsoleChat>().Any() ? ["Console"] : [])
            .Distinct()
            .ToList();
        var database = new SqliteConnectionStringBuilder(SqliteStorageServiceCollectionExtensions.ConnectionString(storage.Value, environment.ContentRootPath)).DataSource;
        var listener = services.GetService<ObservabilityListener>()?.ListeningAddress?.ToString() ?? "off";
        logger.LogInformation(
            "Bot {Version} started: story {Seeds}, {Sources} sources, {Topics} topics, {Events} events; transports {Transports}; storage SQLite {Database}; listener {Listener}",
            version, seeds.SeedsFolder, snapshot.Sources.Count, snapshot.Topics.Count, snapshot.Events.Count, string.Join(", ", transports), database, listener);
    }
}
