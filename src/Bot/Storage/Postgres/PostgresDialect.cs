using System.Data.Common;

namespace Bot.Host.Storage.Postgres;

/// <summary>PostgreSQL as the stores speak it: one database shared by every instance, instants as UTC timestamptz.</summary>
public sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock key for migrations: any constant the bot's other locks do not use ("bot-migr").</summary>
    internal const long MigrationLock = 0x626F742D6D696772;

    public static PostgresDialect Instance { get; } = new();

    private PostgresDialect()
    {
    }

    /// <summary>Byte order, as SQLite sorts, whatever the database's locale.</summary>
    public override string Ordinal => "COLLATE \"C\"";

    public override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    public override bool SharedByInstances => true;

    public override bool BindsArrays => true;

    public override string TableExists => "SELECT CASE WHEN to_regclass(@name) IS NULL THEN 0 ELSE 1 END";

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    integer NOT NULL PRIMARY KEY,
            name       text NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    /// <summary>timestamptz takes UTC only; the instant is what is kept, as on SQLite where the offset is text.</summary>
    public override object Time(DateTimeOffset at) => at.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>Held until commit or rollback: a second instance starting now waits here, then sees the new version.</summary>
    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT pg_advisory_xact_lock({MigrationLock})", transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
