using Bot.Core.Commands;
using Bot.Host.Console;
using Bot.Host.Knowledge;
using Bot.Host.Storage;
using Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Hosting;

public static class BotHostBuilderExtensions
{
    /// <summary>
    /// The bot's areas, in data-flow order. Shared by the real process and the wiring tests, which call it on
    /// an empty builder with in-memory configuration.
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
        builder.AddStorage();
        builder.AddKnowledge();
        builder.Services.AddChatCommands();
        builder.Services.AddConsolePictures(commandLine.Pictures);
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
