using System.Collections.Concurrent;

namespace Bot.Discord.Client;

/// <summary>
/// Interactions and registrations run beside the receive loop, so a slow command never holds up heartbeats or
/// the next interaction. They are tracked here so that shutdown lets them finish (within a bound) instead of
/// dropping a half-sent answer.
/// </summary>
internal sealed class DiscordBackgroundWork(ILogger<DiscordBackgroundWork> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public int Count => _running.Count;

    public void Start(string what, Func<Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "{Work} failed", what);
            }
        });
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public async Task DrainAsync(TimeSpan timeout, TimeProvider time)
    {
        var all = Task.WhenAll(_running.Keys);
        if (await Task.WhenAny(all, Task.Delay(timeout, time)) != all)
        {
            logger.LogWarning("{Count} Discord interactions were still running at shutdown", _running.Count);
        }
    }
}
