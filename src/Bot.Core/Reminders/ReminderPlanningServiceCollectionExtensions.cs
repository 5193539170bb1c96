using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Reminders;

public static class ReminderPlanningServiceCollectionExtensions
{
    /// <summary>
    /// What reminders are due and to whom (<c>Bot:Reminders</c>, validated at start): the plan source that /reminders,
    /// the scheduler and the command line share, and the change signal the subscription commands raise. Needs the
    /// knowledge and the stores; delivery is the host's.
    /// </summary>
    public static IServiceCollection AddReminderPlanning(this IServiceCollection services)
    {
        if (services.TryAddFeature(BotFeature.ReminderPlanning, BotFeature.Knowledge, BotFeature.Storage))
        {
            services.AddValidatedOptions<ReminderOptions, ReminderOptionsValidator>(ReminderOptions.Section);
            services.TryAddSingleton<ReminderChanges>();
            services.TryAddSingleton<ReminderPlanSource>();
        }

        return services;
    }
}
