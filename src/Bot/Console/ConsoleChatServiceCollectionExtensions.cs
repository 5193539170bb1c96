using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Console;

public static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>Adds the interactive console chat, but only when no chat platform token is configured.</summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(configuration["Bot:Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Bot:Discord:Token"]))
        {
            return builder;
        }

        // The terminal is the conversation: start-up chatter would bury the prompt; warnings and errors still show.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.TryAddSingleton(new ConsoleChatStreams(System.Console.In, System.Console.Out));
        builder.Services.AddConsolePictureFiles();
        builder.Services.AddHostedService<ConsoleChat>();
        return builder;
    }
}
