using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;
using Bot.Core.Questions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every chat command, the registry and the dispatcher. This is the one place a command is added:
    /// the order here is the order of /help, Telegram's menu and Discord's registration. The commands read the
    /// knowledge, the sources and the reminder plan, which register themselves (<c>AddKnowledge</c>, <c>AddSources</c>,
    /// <c>AddReminderPlanning</c>); a missing one fails the host's start.
    /// </summary>
    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        if (!services.TryAddFeature(BotFeature.Commands, BotFeature.Knowledge, BotFeature.Sources, BotFeature.ReminderPlanning))
        {
            return services;
        }

        services.AddValidatedOptions<CommandOptions, CommandOptionsValidator>(CommandOptions.Section);
        services.AddSingleton(sp => new Lazy<CommandRegistry>(sp.GetRequiredService<CommandRegistry>));
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<CommandDispatcher>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new StoryClock(sp.GetRequiredService<TimeProvider>()));
        // Answers go as text alone unless a drawing project registers its renderer (Bot.Pictures' AddPictures).
        services.TryAddSingleton<IPictureRenderer>(NoPictures.Instance);
        services.AddSingleton<ISuggestionProvider, TopicSuggestions>();
        // Free questions; semantic retrieval joins in only if the host registered embeddings.
        services.TryAddSingleton(sp => QuestionAnswering.Over(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<StoryClock>(), sp.GetService<IPassageEmbeddings>()));

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
        services.AddSingleton<IChatCommand, RestoreSourceCommand>();
        services.AddSingleton<IChatCommand, AuditCommand>();
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
