namespace Bot.Testing;

/// <summary>
/// Waits for something a background service does: checks the condition every few milliseconds and fails with
/// <see cref="TimeoutException"/> (naming what was awaited) if it does not hold in time. Never a fixed sleep.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, string what = "the condition") =>
        TrueAsync(() => Task.FromResult(condition()), timeout, what);

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what = "the condition")
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(Poll);
        }
    }
}
