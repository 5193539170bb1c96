using Bot.Core.Sources;

namespace Bot.Host.Storage;

/// <summary>The audit_log table: append-only.</summary>
public sealed class SqlAuditLog(StorageDatabase database) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO audit_log (at, by_platform, by_chat, by_user, by_name, action, subject, detail)
            VALUES (@at, @platform, @chat, @user, @name, @action, @subject, @detail)
            """);
        command.Bind("at", database.Dialect.Time(entry.At));
        ActorColumns.Bind(command, entry.Actor);
        command.Bind("action", entry.Action);
        command.Bind("subject", entry.Subject);
        command.Bind("detail", entry.Detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT at, by_platform, by_chat, by_user, by_name, action, subject, detail
            FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT @limit) AS latest ORDER BY seq
            """);
        command.Bind("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(database.Dialect.ReadTime(reader, 0), ActorColumns.Read(reader, 1), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return entries;
    }
}
