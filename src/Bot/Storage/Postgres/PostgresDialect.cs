using System.Data.Common;

namespace Bot.Host.Storage.Postgres;

/// <summary>PostgreSQL as the stores speak it: one database shared by every instance, instants as UTC timestamptz.</summary>
public sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock key for migrations: any constant the bot's other locks do not use ("bot-migr").</summary>
    internal const long MigrationLock = 0x626F742D6D696772;

    public static PostgresDialect Instance { get; } = new();

    // COLLATE "C" is byte order, as SQLite sorts, whatever the database's locale.
    private PostgresDialect()
        : base(ordinal: "COLLATE \"C\"", skipLocked: "FOR UPDATE SKIP LOCKED", sharedByInstances: true, bindsArrays: true, tableExists: "SELECT CASE WHEN to_regclass(@name) IS NULL THEN 0 ELSE 1 END", timeType: "timestamptz")
    {
    }

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
