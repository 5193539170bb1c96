namespace Bot.Core.Cluster;

/// <summary>
/// Who, among the instances of the bot sharing one database, does the work only one of them may do at a time: poll
/// Telegram with a token (Telegram allows one getUpdates consumer), hold a Discord gateway session, send the outbox
/// within the per-bot limits, re-plan the reminders. One process on its own always leads
/// (<see cref="LocalLeadership"/>); a cluster elects one leader per role in its shared database.
/// </summary>
public interface ILeadership
{
    /// <summary>
    /// True when other instances may have led a role until a moment ago (a cluster): work that counts against a per-bot
    /// budget must then allow for what the previous leader spent.
    /// </summary>
    bool IsShared { get; }

    /// <summary>One attempt: the term of <paramref name="role"/> if this instance leads it now, else null.</summary>
    Task<ILeadershipTerm?> TryAcquireAsync(string role, CancellationToken cancellationToken);

    /// <summary>Waits, trying again now and then, until this instance leads <paramref name="role"/>.</summary>
    Task<ILeadershipTerm> AcquireAsync(string role, CancellationToken cancellationToken);
}

/// <summary>One instance's leadership of one role, until <see cref="Lost"/> is cancelled or the term is disposed (which gives it up).</summary>
public interface ILeadershipTerm : IAsyncDisposable
{
    /// <summary>Cancelled when leadership is lost (the database connection that holds it died): stop the role's work now.</summary>
    CancellationToken Lost { get; }
}
