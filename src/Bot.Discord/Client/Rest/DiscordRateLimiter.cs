using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.Client.Rest;

/// <summary>
/// Discord's REST rate limits, learnt from the <c>X-RateLimit-*</c> headers: a bucket per route and top-level
/// resource (routes Discord says share a bucket hash share the count), the global 50 requests per second, and
/// the pauses a 429 asks for. Callers wait here before each request instead of finding out by a 429.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time)
{
    public const int GlobalRequestsPerSecond = 50;

    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new();
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;

    public async ValueTask WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.Global)
        {
            await WaitGlobalAsync(cancellationToken);
        }

        var bucket = BucketFor(route);
        while (true)
        {
            var wait = bucket.TryTake(time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Reads the bucket headers of any response, success or not.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketHashByRoute[route.Key] = hash;
        }

        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        if (remaining is not null && int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
            && resetAfter is not null && double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            BucketFor(route).Set(left, time.GetUtcNow() + TimeSpan.FromSeconds(seconds));
        }
    }

    /// <summary>A 429: nothing more on this bucket (or anywhere, when global) until <paramref name="retryAfter"/> has passed.</summary>
    public void OnRateLimited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalBlockedUntil)
                {
                    _globalBlockedUntil = until;
                }
            }
        }
        else
        {
            BucketFor(route).Set(0, until);
        }
    }

    private async ValueTask WaitGlobalAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = time.GetUtcNow();
                while (_globalWindow.Count > 0 && now - _globalWindow.Peek() >= TimeSpan.FromSeconds(1))
                {
                    _globalWindow.Dequeue();
                }

                if (_globalBlockedUntil > now)
                {
                    wait = _globalBlockedUntil - now;
                }
                else if (_globalWindow.Count >= GlobalRequestsPerSecond)
                {
                    wait = _globalWindow.Peek() + TimeSpan.FromSeconds(1) - now;
                }
                else
                {
                    _globalWindow.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private Bucket BucketFor(DiscordRoute route)
    {
        var id = _bucketHashByRoute.TryGetValue(route.Key, out var hash) ? hash : route.Key;
        return _buckets.GetOrAdd($"{id}:{route.MajorParameter}", static _ => new Bucket());
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private int? _remaining;
        private DateTimeOffset _resetAt;

        /// <summary>Takes one request from the bucket, or says how long to wait for it to refill.</summary>
        public TimeSpan TryTake(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (_remaining is null || now >= _resetAt)
                {
                    // Unknown or refilled: go ahead; the response's headers say what is left.
                    _remaining = null;
                    return TimeSpan.Zero;
                }

                if (_remaining > 0)
                {
                    _remaining--;
                    return TimeSpan.Zero;
                }

                return _resetAt - now;
            }
        }

        public void Set(int remaining, DateTimeOffset resetAt)
        {
            lock (_lock)
            {
                _remaining = remaining;
                _resetAt = resetAt;
            }
        }
    }
}
