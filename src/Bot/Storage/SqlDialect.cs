using System.Data.Common;

namespace Bot.Host.Storage;

/// <summary>
/// What the stores' SQL cannot say the same way on every database the bot runs on. Everything else (upserts with
/// <c>ON CONFLICT</c>, <c>RETURNING</c>, <c>true</c>/<c>false</c>, <c>@name</c> parameters) is written once in the
/// stores, which both SQLite and PostgreSQL understand; a provider is this object, a connection factory and its
/// schema history.
/// </summary>
public abstract class SqlDialect(string ordinal, string skipLocked, bool sharedByInstances, bool bindsArrays, string tableExists, string timeType)
{
    /// <summary>Byte-order comparison for an <c>ORDER BY</c> on text, so both providers list in the same order whatever the locale.</summary>
    public string Ordinal { get; } = ordinal;

    /// <summary>
    /// What a claim adds to its row selection: on a shared database, row locks that a concurrent claim passes over
    /// instead of waiting for; empty where the claim's transaction already holds the one write lock of the file.
    /// </summary>
    public string SkipLocked { get; } = skipLocked;

    /// <summary>
    /// Whether several instances of the bot share the database. A lease then names its holder, and an instance that
    /// starts releases only its own leases; on a database of one process every lease still held at start is a dead one's.
    /// </summary>
    public bool SharedByInstances { get; } = sharedByInstances;

    /// <summary>Whether an array binds as one parameter (<c>unnest</c>), so a batch of rows goes in one statement.</summary>
    public bool BindsArrays { get; } = bindsArrays;

    /// <summary>A query giving 1 when the table named by parameter <c>@name</c> exists, else 0.</summary>
    public string TableExists { get; } = tableExists;

    /// <summary>The DDL of the table that records applied migrations, the same on every provider but for how an instant is kept.</summary>
    public string SchemaVersionTable { get; } = $"""
        CREATE TABLE IF NOT EXISTS schema_version (
            version    integer NOT NULL PRIMARY KEY,
            name       text NOT NULL,
            applied_at {timeType} NOT NULL
        )
        """;

    /// <summary>An instant as the database keeps it.</summary>
    public abstract object Time(DateTimeOffset at);

    public object Time(DateTimeOffset? at) => at is { } value ? Time(value) : DBNull.Value;

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public DateTimeOffset? ReadOptionalTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary>Runs before the migration transaction: what a database allows only outside one.</summary>
    public virtual Task PrepareAsync(DbDataSource dataSource, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The migration transaction's first step: whatever makes a second process that starts now wait for this one.</summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;
}
