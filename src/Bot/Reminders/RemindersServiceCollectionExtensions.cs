using Bot.Core.Ingest.Web;
using Bot.Core.Reminders;
using Bot.Host.Scheduling;
using Bot.Host.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Bot.Host.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminder delivery: Quartz.NET with its AdoJobStore on the bot's SQLite file (the schema comes from our migrations;
    /// Quartz only validates it), every schedule of <see cref="BotSchedules"/> (the feed poll too) and its hosted service; the scheduler that keeps Quartz's triggers equal to the plan;
    /// and the dispatcher that sends the outbox. Call after <c>AddStorage</c> and the chat transports.
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReminderDelivery>();

        // Quartz wants its connection string while it is configured, before options are bound: read the section directly.
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = StorageServiceCollectionExtensions.ConnectionString(storage, builder.Environment.ContentRootPath);
        var feedInterval = (builder.Configuration.GetSection(SourceFetchOptions.Section).Get<SourceFetchOptions>() ?? new SourceFetchOptions()).FeedInterval;
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                // Job data as strings: readable in the table, and nothing to deserialise into a type that may have moved.
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
            });
            BotSchedules.AddJobs(quartz, feedInterval);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderDispatcher>());
        return builder;
    }
}
