using Bot.Core.Answers;
using Bot.Core.Chat;

namespace Bot.Core.Reminders;

/// <summary>A message to send: for one chat, once per <see cref="DeliveryId"/> (a reminder trigger id or a notice id).</summary>
public sealed record OutboxMessage(string DeliveryId, ChatAddress Chat, Answer Answer, DateTimeOffset DueAt);

/// <summary>A claimed outbox row, leased to one dispatcher until it records the outcome.</summary>
public sealed record OutboxEntry(long Id, string DeliveryId, ChatAddress Chat, Answer Answer, int Attempts);

/// <summary>
/// The outbox and delivery log in one: a row per (delivery id, platform, chat) at most, so a message can be
/// written twice (a trigger that fires again) but never queued, and so never sent, twice.
/// </summary>
public interface IReminderOutbox
{
    /// <summary>Writes the messages in one transaction; rows that already exist are left alone. Returns how many are new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> rows due at <paramref name="now"/>, oldest first: pending ones, and ones
    /// whose earlier lease ran out (their dispatcher died between sending and recording; they are sent again).
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ChatPlatform platform, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Returns every leased row to pending, at start: with one dispatcher per store (SQLite), a lease still held is one
    /// a dead process took. A clustered store would release only its own instance's leases.
    /// </summary>
    Task<int> ReleaseLeasesAsync(CancellationToken cancellationToken);

    Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives the row up for good (refused, chat gone, out of attempts); it is never sent.</summary>
    Task MarkFailedAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Puts the row back for <paramref name="dueAt"/>; <paramref name="failed"/> counts an attempt.</summary>
    Task RetryLaterAsync(long id, DateTimeOffset dueAt, bool failed, string? reason, CancellationToken cancellationToken);
}
