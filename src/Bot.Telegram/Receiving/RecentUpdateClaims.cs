namespace Bot.Telegram.Receiving;

/// <summary>One process's claims: the most recent update ids taken, in memory (<see cref="RecentUpdates"/>).</summary>
internal sealed class RecentUpdateClaims : ITelegramUpdateClaims
{
    /// <summary>How many recent update ids are remembered to drop Telegram's redeliveries.</summary>
    private const int RememberedUpdates = 4096;

    private readonly RecentUpdates _recent = new(RememberedUpdates);

    public Task<bool> TryBeginAsync(long botId, long updateId, CancellationToken cancellationToken) => Task.FromResult(_recent.TryBegin(checked((int)updateId)));

    public Task ForgetAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        _recent.Forget(checked((int)updateId));
        return Task.CompletedTask;
    }
}
