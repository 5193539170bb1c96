using Bot.Core.Chat;
using Bot.Discord;
using Bot.Host.Storage;
using Bot.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Console;

public static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>The console chat's log file, inside the data folder.</summary>
    public const string LogFileName = "console.log";

    /// <summary>
    /// Adds the interactive console chat, but only when no chat platform token is configured: the chat loop, the
    /// console's <see cref="IChatSender"/> (so a subscribed console sees its reminders), and logs moved from the
    /// terminal to <c>data/console.log</c>.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (ChatTransportConfiguration.HasToken(configuration, TelegramOptions.Section) || ChatTransportConfiguration.HasToken(configuration, DiscordOptions.Section))
        {
            return builder;
        }

        var dataFolder = Path.GetFullPath(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"] is { Length: > 0 } data ? data : "data", builder.Environment.ContentRootPath);
        var log = new ConsoleLogFile(Path.Combine(dataFolder, LogFileName));
        foreach (var console in builder.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
        {
            builder.Services.Remove(console);
        }

        builder.Logging.AddProvider(log);
        builder.Services.AddSingleton(log);
        builder.Services.TryAddSingleton(new ConsoleChatStreams(System.Console.In, System.Console.Out));
        builder.Services.AddSingleton<ConsoleTerminal>();
        builder.Services.AddSingleton<IChatSender, ConsoleChatSender>();
        builder.Services.AddConsolePictureFiles();
        builder.Services.AddHostedService<ConsoleChat>();
        return builder;
    }
}
