using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Reminders;

/// <summary>The outbox of the bot's SQLite file in a data folder, opened beside the host (as another process would).</summary>
internal static class SqliteOutboxFile
{
    public static SqlReminderOutbox Open(string folder) =>
        new(SqliteDatabase.Create(
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, StorageOptions.DatabaseFileName) }.ToString(),
            TimeSpan.FromSeconds(5),
            NullLogger<StorageDatabase>.Instance));
}
