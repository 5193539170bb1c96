namespace Bot.Core.Retries;

/// <summary>
/// The one backoff rule for retrying after failures: the initial delay doubled per failure (1x, 2x, 4x ...), never
/// above the maximum. Used by Telegram's calls and polling, Discord's gateway reconnects and reminder delivery.
/// </summary>
public sealed record Backoff(TimeSpan Initial, TimeSpan Maximum)
{
    /// <summary>The capped doubling itself, for a caller that adds its own randomness (or must stay predictable).</summary>
    public TimeSpan Ceiling(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        return TimeSpan.FromMilliseconds(Math.Min(Maximum.TotalMilliseconds, Initial.TotalMilliseconds * Math.Pow(2, exponent)));
    }

    /// <summary>
    /// <see cref="Ceiling"/> less up to a fifth at random, so that retries of many chats or instances do not arrive
    /// in lockstep.
    /// </summary>
    public TimeSpan Delay(int failures) => Ceiling(failures) * (0.8 + (Random.Shared.NextDouble() * 0.2));
}
