namespace Bot.Host.Hosting;

/// <summary>
/// The clock for `--now`: it reads the given instant at start and then moves forward with real time, so that
/// timers, timeouts and schedules still work while every "now" the bot sees is anchored where the user put it.
/// </summary>
public sealed class PinnedStartTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _startTimestamp = TimeProvider.System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + TimeProvider.System.GetElapsedTime(_startTimestamp);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
