using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>Opens connections to the bot's SQLite file with the per-connection settings every store relies on.</summary>
internal sealed class SqliteFileDataSource(string connectionString, TimeSpan busyTimeout) : DbDataSource
{
    private readonly string _pragmas =
        // Wait for a writer instead of failing at once; NORMAL sync is durable enough in WAL mode; cascades need foreign keys.
        $"PRAGMA busy_timeout = {(int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue)}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(connectionString);

    // Microsoft.Data.Sqlite's async calls complete synchronously, so waiting on them blocks no more than the sync API would.
    protected override DbConnection OpenDbConnection() => OpenDbConnectionAsync().AsTask().GetAwaiter().GetResult();

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.Command(_pragmas);
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
