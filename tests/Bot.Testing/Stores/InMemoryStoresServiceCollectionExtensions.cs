using Bot.Core;
using Bot.Core.Chat;
using Bot.Core.Reminders;
using Bot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Testing.Stores;

public static class InMemoryStoresServiceCollectionExtensions
{
    /// <summary>
    /// Every store the core needs, in memory: the storage feature for tests that run the commands without a database.
    /// The chat settings are also the chat directory, so a transport marking a chat inactive is seen by the reminders.
    /// </summary>
    public static IServiceCollection AddInMemoryStores(this IServiceCollection services)
    {
        if (services.TryAddFeature(BotFeature.Storage))
        {
            services.TryAddSingleton<ISourceStore, InMemorySourceStore>();
            services.TryAddSingleton<IFeedStore, InMemoryFeedStore>();
            services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
            services.TryAddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
            services.TryAddSingleton<InMemoryChatSettingsStore>();
            services.TryAddSingleton<IChatSettingsStore>(sp => sp.GetRequiredService<InMemoryChatSettingsStore>());
            services.TryAddSingleton<IChatDirectory>(sp => sp.GetRequiredService<InMemoryChatSettingsStore>());
        }

        return services;
    }
}
