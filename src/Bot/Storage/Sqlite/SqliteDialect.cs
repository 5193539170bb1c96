using System.Data.Common;
using System.Globalization;

namespace Bot.Host.Storage.Sqlite;

/// <summary>SQLite as the stores speak it: one process, one file, instants as ISO 8601 text with their offset.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    private SqliteDialect()
    {
    }

    public override string Ordinal => "COLLATE BINARY";

    /// <summary>Nothing: the claim's transaction is <c>BEGIN IMMEDIATE</c>, which holds the file's one write lock.</summary>
    public override string SkipLocked => "";

    public override bool SharedByInstances => false;

    public override bool BindsArrays => false;

    public override string TableExists => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

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
