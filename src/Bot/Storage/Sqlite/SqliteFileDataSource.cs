using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>Opens connections to the bot's SQLite file with the per-connection settings every store relies on.</summary>
internal sealed class SqliteFileDataSource(string connectionString, TimeSpan busyTimeout) : DbDataSource
{
    /// <summary>SQLite's result code for a database file that cannot be opened.</summary>
    private const int CannotOpen = 14;

    private readonly string _pragmas =
        // Wait for a writer instead of failing at once; NORMAL sync is durable enough in WAL mode; cascades need foreign keys.
        $"PRAGMA busy_timeout = {(int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue)}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    private readonly string? _file = FileOf(connectionString);
    private volatile bool _fileOpened;

    public override string ConnectionString => connectionString;

    /// <summary>The full path of the database file a connection string names; null for an in-memory database.</summary>
    internal static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory ? Path.GetFullPath(file) : null;
    }

    protected override DbConnection CreateDbConnection() => new SqliteConnection(connectionString);

    // Microsoft.Data.Sqlite's async calls complete synchronously, so waiting on them blocks no more than the sync API would.
    protected override DbConnection OpenDbConnection() => OpenDbConnectionAsync().AsTask().GetAwaiter().GetResult();

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        // A pooled connection outlives its file: once the file is deleted or moved away it would go on reading and
        // writing an orphaned copy that is gone at the next start (and readiness would say all is well), so a file
        // that has vanished since it was first opened fails the open as a missing file does.
        if (_fileOpened && !File.Exists(_file))
        {
            throw new SqliteException($"The database file {_file} is gone since the bot opened it.", CannotOpen);
        }

        var connection = CreateDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.Command(_pragmas);
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            _fileOpened |= _file is not null && File.Exists(_file);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
