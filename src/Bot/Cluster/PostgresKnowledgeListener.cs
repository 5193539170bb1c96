using Bot.Core.Sources;
using Bot.Host.Storage;
using Npgsql;

namespace Bot.Host.Cluster;

/// <summary>
/// Keeps this instance's knowledge in step with the sources other instances add and remove: a trigger on the sources
/// tables (migration 10) notifies <see cref="Channel"/> with the story's key on every change, and this service, on a
/// connection of its own, LISTENs and catches up (<see cref="SourceCatalog.RefreshAsync"/>) on each notice for its
/// story. It also catches up each time it (re)connects, since notices sent while it was away are not kept.
/// </summary>
public sealed class PostgresKnowledgeListener(
    string connectionString,
    SourceCatalog catalog,
    StoryKey story,
    IOptions<ClusterOptions> options,
    ILogger<PostgresKnowledgeListener> logger) : BackgroundService
{
    public const string Channel = "bot_sources";

    /// <summary>How long a quiet connection waits before it is checked with a query.</summary>
    private static readonly TimeSpan QuietCheck = TimeSpan.FromSeconds(10);

    /// <summary>How many catch-ups have run (each start or reconnection, and each notice); for tests and diagnostics.</summary>
    public int CatchUps => Volatile.Read(ref _catchUps);

    private int _catchUps;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "bot-knowledge-listener" };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(builder.ConnectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Listening for other instances' source changes failed ({Error}); reconnecting in {Interval}", exception.Message, options.Value.LeadershipInterval);
                await Task.Delay(options.Value.LeadershipInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ListenAsync(string listenConnectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(listenConnectionString);
        await connection.OpenAsync(stoppingToken);
        var pending = 0;
        connection.Notification += (_, notice) =>
        {
            if (notice.Payload == story.Value)
            {
                Interlocked.Exchange(ref pending, 1);
            }
        };

        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Listening first, reading second: a change committed between the two is read now and notified again, never missed.
        await CatchUpAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(QuietCheck, stoppingToken))
            {
                await using var check = new NpgsqlCommand("SELECT 1", connection);
                await check.ExecuteScalarAsync(stoppingToken);
                continue;
            }

            if (Interlocked.Exchange(ref pending, 0) == 1)
            {
                await CatchUpAsync(stoppingToken);
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        var change = await catalog.RefreshAsync(stoppingToken);
        Interlocked.Increment(ref _catchUps);
        if (!change.IsEmpty)
        {
            logger.LogInformation("Caught up with other instances: {Added} sources added, {Removed} removed", change.AddedSources.Count, change.RemovedSourceIds.Count);
        }
    }
}
