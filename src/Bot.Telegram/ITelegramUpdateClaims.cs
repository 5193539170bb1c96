namespace Bot.Telegram;

/// <summary>
/// Which webhook updates are taken for handling, so a redelivery (Telegram sends an update again when our 200 was late
/// or lost) is handled once: in this process by default (<see cref="Receiving.RecentUpdateClaims"/>), in the shared
/// database when several instances sit behind one load balancer.
/// </summary>
public interface ITelegramUpdateClaims
{
    /// <summary>True if <paramref name="updateId"/> was not taken before and is now this caller's to handle.</summary>
    Task<bool> TryBeginAsync(long botId, long updateId, CancellationToken cancellationToken);

    /// <summary>Gives a taken update back (it was not handled), so its redelivery is handled.</summary>
    Task ForgetAsync(long botId, long updateId, CancellationToken cancellationToken);
}
