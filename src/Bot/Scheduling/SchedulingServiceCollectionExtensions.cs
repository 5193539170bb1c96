using Bot.Core;
using Bot.Core.Ingest.Web;
using Bot.Core.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Bot.Host.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz.NET: every job and schedule of <see cref="BotSchedules"/> (the reminder job, the feed poll every
    /// <c>Bot:Sources:FeedInterval</c>), the reminder triggers the scheduler keeps, and Quartz's hosted service. Its job
    /// store is the storage provider's (<c>AddStorage</c>); the jobs call the sources and the reminder delivery.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.TryAddFeature(BotFeature.Scheduling, BotFeature.Storage, BotFeature.Sources, BotFeature.ReminderDelivery))
        {
            return builder;
        }

        // Quartz wants its schedules while it is configured, before options are bound: read the section directly.
        var feedInterval = (builder.Configuration.GetSection(SourceFetchOptions.Section).Get<SourceFetchOptions>() ?? new SourceFetchOptions()).FeedInterval;
        services.AddQuartz(quartz => BotSchedules.AddJobs(quartz, feedInterval));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.TryAddSingleton<IReminderTriggers, QuartzReminderTriggers>();
        return builder;
    }
}
