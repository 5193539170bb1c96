using Bot.Core.Commands.Catalog;
using Bot.Core.Ingest.Web;
using Bot.Core.Knowledge;
using Bot.Core.Sources;
using Bot.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every chat command, the registry and the dispatcher. This is the one place a command is added:
    /// the order here is the order of /help, Telegram's menu and Discord's registration.
    /// </summary>
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section);
        services.AddSingleton(sp => new Lazy<CommandRegistry>(sp.GetRequiredService<CommandRegistry>));
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<CommandDispatcher>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new StoryClock(sp.GetRequiredService<TimeProvider>()));

        // The commands read the knowledge; whoever fills it (the host's seed loader, a test) shares this one.
        services.TryAddSingleton<KnowledgeBase>();
        services.AddSingleton<ISuggestionProvider>(sp => sp.GetRequiredService<KnowledgeBase>());

        // Moderators' source commands. In-memory stores unless the host registered durable ones first.
        services.AddSourceFetching();
        services.TryAddSingleton<ISourceStore, InMemorySourceStore>();
        services.TryAddSingleton<IFeedStore, InMemoryFeedStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<SourceCatalog>();
        services.TryAddSingleton<PendingSources>();
        services.TryAddSingleton<FeedPoller>();
        // Reminder settings the commands change. In memory unless the host registered durable stores first.
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        services.TryAddSingleton<IChatSettingsStore, InMemoryChatSettingsStore>();
        services.TryAddSingleton<ReminderChanges>();
        services.TryAddSingleton<ReminderPlanSource>();

        services.AddSingleton<IChatCommand, StartCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, StatusCommand>();
        services.AddSingleton<IChatCommand, PhasesCommand>();
        services.AddSingleton<IChatCommand, TimelineCommand>();
        services.AddSingleton<IChatCommand, NextCommand>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, TopicsCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, AddSourceCommand>();
        services.AddSingleton<IChatCommand, RemoveSourceCommand>();
        services.AddSingleton<IChatCommand, FeedsCommand>();
        services.AddSingleton<IChatCommand, AddFeedCommand>();
        services.AddSingleton<IChatCommand, RemoveFeedCommand>();
        services.AddSingleton<IChatCommand, SubscribeCommand>();
        services.AddSingleton<IChatCommand, UnsubscribeCommand>();
        services.AddSingleton<IChatCommand, RemindersCommand>();
        services.AddSingleton<IChatCommand, TimezoneCommand>();
        return services;
    }
}
