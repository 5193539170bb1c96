using Bot.Core;
using Bot.Core.Cluster;
using Bot.Core.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Reminders;

public static class ReminderDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Reminder delivery, one way: the scheduler that keeps the triggers equal to the plan, the firing that turns a
    /// trigger into outbox rows, the new-deadline notices, and the dispatcher that sends the outbox within each
    /// transport's own limits (<c>Bot:Delivery</c>). Needs the plan, the stores, the scheduling and the transports' senders.
    /// </summary>
    public static IHostApplicationBuilder AddReminderDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.TryAddFeature(BotFeature.ReminderDelivery, BotFeature.ReminderPlanning, BotFeature.Storage, BotFeature.Scheduling))
        {
            return builder;
        }

        services.AddAnnotatedOptions<DeliveryOptions>(DeliveryOptions.Section);
        services.TryAddSingleton<ReminderDelivery>();
        services.TryAddSingleton<DeadlineAnnouncer>();
        services.TryAddSingleton<ILeadership>(LocalLeadership.Instance);

        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderDispatcher>());
        return builder;
    }
}
