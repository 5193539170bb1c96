using Bot.Core.Commands;
using Bot.Core.Reminders;
using Bot.Core.Sources;
using Bot.Host.Console;
using Bot.Host.Knowledge;
using Bot.Host.Observability;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;
using Bot.Host.Storage;
using Bot.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Hosting;

public static class BotHostBuilderExtensions
{
    /// <summary>
    /// The bot's features, in data-flow order (each registers once and in any order; a missing one fails the start).
    /// Shared by the real process and the wiring tests, which call it on an empty builder with in-memory configuration.
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder, BotCommandLine commandLine)
    {
        // Logs go to stderr: stdout carries answers (the console chat and `ask`).
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (commandLine.SeedsPath is { } seeds)
        {
            builder.Configuration["Bot:Knowledge:SeedsPath"] = Path.GetFullPath(seeds);
        }

        builder.Services.AddSingleton<TimeProvider>(commandLine.Now is { } now ? new PinnedStartTimeProvider(now) : TimeProvider.System);
        builder.Services.AddConsolePictures(commandLine.Pictures);
        return builder.AddFeatures();
    }

    /// <summary>What every mode of the bot has: its state, the story's knowledge, the sources, the reminder plan and the commands.</summary>
    public static IHostApplicationBuilder AddFeatures(this IHostApplicationBuilder builder)
    {
        builder.AddStorage();
        builder.AddKnowledge();
        builder.Services.AddSources();
        builder.Services.AddReminderPlanning();
        builder.Services.AddCommands();
        return builder;
    }

    /// <summary>
    /// What a serving bot adds: the chat transports, the scheduling, the reminders' delivery, the operator's health and
    /// metrics listener, and the one start-up summary line.
    /// </summary>
    public static IHostApplicationBuilder AddServing(this IHostApplicationBuilder builder)
    {
        builder.AddChatTransports();
        builder.AddScheduling();
        builder.AddReminderDelivery();
        builder.AddObservability();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupSummary>());
        return builder;
    }

    /// <summary>Telegram and Discord when their tokens are configured; the console chat when neither is.</summary>
    public static IHostApplicationBuilder AddChatTransports(this IHostApplicationBuilder builder)
    {
        builder.AddTelegramTransport();
        builder.AddConsoleChat();
        builder.AddDiscordTransport();
        return builder;
    }
}
