using Bot.Core.Retries;

namespace Bot.Telegram.Client;

/// <summary>
/// The one way a Telegram call is made and retried: each attempt under a deadline, its failure classified as a
/// <see cref="TelegramFault"/>, and a policy deciding whether to wait and try again. Polling, sending and the calls
/// at start differ only in their policy.
/// </summary>
internal sealed class TelegramCalls(IOptions<TelegramOptions> options, TelegramSecrets secrets, TimeProvider time, ILogger<TelegramCalls> logger)
{
    /// <summary>The transport's backoff after network errors and 5xx (<c>RetryInitialDelay</c> doubling up to <c>RetryMaximumDelay</c>).</summary>
    public Backoff Backoff => new(options.Value.RetryInitialDelay, options.Value.RetryMaximumDelay);

    /// <summary>
    /// Runs <paramref name="call"/> until it succeeds, or until <paramref name="policy"/> answers null for a fault,
    /// which is then returned. Each attempt is cancelled after <paramref name="attemptTimeout"/> (a timeout is a
    /// transient fault); cancelling <paramref name="cancellationToken"/> throws.
    /// </summary>
    public async Task<TelegramCallResult<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, TelegramRetryPolicy policy, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(attemptTimeout);
            TelegramFault fault;
            try
            {
                return new(await call(attempt.Token), null);
            }
            catch (Exception exception) when (TelegramFault.ClassifyOrTransient(exception, cancellationToken) is { } classified)
            {
                fault = classified;
            }

            if (await policy(fault, failures) is not { } delay)
            {
                return new(default, fault);
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs one call the usual way: waits out 429s, retries network errors and 5xx with the backoff (at most
    /// <paramref name="maxAttempts"/> failures), and throws <see cref="TelegramCallException"/> for anything else.
    /// </summary>
    public async Task<T> CallAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, int maxAttempts = int.MaxValue)
    {
        var backoff = Backoff;
        var result = await RunAsync(call, (fault, failures) =>
        {
            TimeSpan? delay = fault.Kind switch
            {
                TelegramFaultKind.RateLimited => fault.RetryAfter!.Value,
                TelegramFaultKind.Transient => backoff.Delay(failures),
                _ => null,
            };
            if (delay is null || failures >= maxAttempts)
            {
                return ValueTask.FromResult<TimeSpan?>(null);
            }

            logger.LogWarning("Telegram {Method} failed ({Kind}: {Error}); retrying in {Delay}", method, fault.Kind, secrets.Redact(fault.Description), delay);
            return ValueTask.FromResult(delay);
        }, options.Value.RequestTimeout, cancellationToken);
        return result.Fault is { } failed ? throw new TelegramCallException(method, failed) : result.Value!;
    }

    public Task CallAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken, int maxAttempts = int.MaxValue) =>
        CallAsync(method, async ct => { await call(ct); return true; }, cancellationToken, maxAttempts);
}
