using Bot.Host.Cluster;
using Bot.Telegram;
using Npgsql;
using Quartz;

namespace Bot.Host.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// The PostgreSQL provider: one database shared by every instance spoken to in <see cref="PostgresDialect"/>, holds every store and Quartz's clustered
    /// AdoJobStore (its tables come from our migrations), so each reminder trigger fires on one instance, a dead
    /// instance's triggers are recovered by another, and the outbox is claimed by all of them without double sends.
    /// </summary>
    internal static IHostApplicationBuilder AddPostgresStorage(this IHostApplicationBuilder builder, StorageOptions configured)
    {
        var services = builder.Services;
        var connectionString = configured.ConnectionString ?? "";
        services.AddSingleton(sp => PostgresDatabase.Create(connectionString, sp.GetRequiredService<ILogger<StorageDatabase>>()));
        services.AddSingleton<ITelegramUpdateClaims, PostgresTelegramUpdateClaims>();

        services.AddQuartz(quartz =>
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                // Every instance shares the scheduler's name; clustering gives each a generated id of its own.
                store.UseClustering(cluster =>
                {
                    // A dead instance's triggers are taken over after about this long without a check-in.
                    cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                });
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
            }));
        builder.AddPostgresCluster(connectionString);
        return builder;
    }

    /// <summary>The one line a start with a missing or malformed connection string fails with; null when it is usable.</summary>
    internal static string? ConnectionStringProblem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "Bot:Storage:Provider is Postgres but Bot:Storage:ConnectionString is empty; set it to an Npgsql connection string (e.g. \"Host=db;Database=bot;Username=bot;Password=...\").";
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? "Bot:Storage:ConnectionString names no Host for PostgreSQL." : null;
        }
        catch (ArgumentException e)
        {
            return $"Bot:Storage:ConnectionString is not a valid Npgsql connection string: {e.Message}";
        }
    }
}
