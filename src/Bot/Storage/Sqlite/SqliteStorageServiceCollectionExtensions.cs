using Microsoft.Data.Sqlite;
using Quartz;

namespace Bot.Host.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite provider: one file, spoken to in <see cref="SqliteDialect"/>, holds every store and Quartz's AdoJobStore
    /// (its tables come from our migrations; Quartz only validates them), so a reminder's trigger and its outbox rows
    /// live and are backed up together.
    /// </summary>
    internal static IHostApplicationBuilder AddSqliteStorage(this IHostApplicationBuilder builder, StorageOptions configured)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return SqliteDatabase.Create(ConnectionString(options, contentRoot), options.BusyTimeout, sp.GetRequiredService<ILogger<StorageDatabase>>());
        });

        // Quartz's part of the configuration that depends on the database; the jobs and the hosted service are AddScheduling's.
        var connectionString = ConnectionString(configured, contentRoot);
        services.AddQuartz(quartz => quartz.UsePersistentStore(store =>
        {
            store.UseSqlite(connectionString);
            // Job data as strings: readable in the table, and nothing to deserialise into a type that may have moved.
            store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
        }));
        return builder;
    }

    internal static string ConnectionString(StorageOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var folder = Path.GetFullPath(options.DataDirectory, contentRoot);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, StorageOptions.DatabaseFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Each open is cheap with pooling; the pool is per connection string.
            Pooling = true,
        }.ToString();
    }
}
