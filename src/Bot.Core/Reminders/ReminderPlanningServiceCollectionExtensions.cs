using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        if (services.TryAddFeature(FeatureRegistration.ReminderPlanning))
        {
            services.RequireFeatures(FeatureRegistration.ReminderPlanning, FeatureRegistration.Knowledge, FeatureRegistration.Storage);
            services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
            services.TryAddSingleton<ReminderChanges>();
            services.TryAddSingleton<ReminderPlanSource>();
        }

        return services;
    }
}
