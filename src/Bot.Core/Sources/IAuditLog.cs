namespace Bot.Core.Sources;

/// <summary>One line of the audit log: who did what to which source or feed, when and where.</summary>
public sealed record AuditEntry(DateTimeOffset At, Actor Actor, string Action, string Subject, string Detail);

/// <summary>Append-only record of every addition and removal of sources and feeds.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken);
}

/// <summary>What an audit entry's action says.</summary>
public static class AuditActions
{
    public const string AddSource = "add-source";
    public const string RemoveSource = "remove-source";
    public const string RestoreSource = "restore-source";
    public const string ReplaceSource = "replace-source";
    public const string AddFeed = "add-feed";
    public const string RemoveFeed = "remove-feed";
}
