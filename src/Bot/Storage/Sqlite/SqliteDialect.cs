using System.Data.Common;
using System.Globalization;

namespace Bot.Host.Storage.Sqlite;

/// <summary>SQLite as the stores speak it: one process, one file, instants as ISO 8601 text with their offset.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    // No SKIP LOCKED: a claim's transaction is BEGIN IMMEDIATE, which holds the file's one write lock. Instants are text.
    private SqliteDialect()
        : base(ordinal: "COLLATE BINARY", skipLocked: "", sharedByInstances: false, bindsArrays: false, tableExists: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name", timeType: "TEXT")
    {
    }

    /// <summary>Round-trip text ("O"): it sorts as the instants do and keeps the offset the caller gave.</summary>
    public override object Time(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Creates the file's folder, and sets WAL, a property of the file that lets readers run beside the one writer (not allowed inside a transaction).</summary>
    public override async Task PrepareAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(SqliteFileDataSource.FileOf(dataSource.ConnectionString)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var wal = connection.Command("PRAGMA journal_mode = WAL;");
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }
}
