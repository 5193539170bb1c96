using Bot.Core.Sources;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The audit_log table: append-only.</summary>
public sealed class PostgresAuditLog(PostgresDatabase database) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO audit_log (at, by_platform, by_chat, by_user, by_name, action, subject, detail)
            VALUES (@at, @platform, @chat, @user, @name, @action, @subject, @detail)
            """, connection);
        command.Parameters.AddWithValue("at", PostgresActor.Utc(entry.At));
        PostgresActor.Add(command, entry.Actor);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("subject", entry.Subject);
        command.Parameters.AddWithValue("detail", entry.Detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT at, by_platform, by_chat, by_user, by_name, action, subject, detail
            FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT @limit) AS latest ORDER BY seq
            """, connection);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(PostgresActor.ReadTime(reader, 0)!.Value, PostgresActor.Read(reader, 1), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return entries;
    }
}
