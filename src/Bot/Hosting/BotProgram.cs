using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Host.Console;
using Bot.Host.Knowledge;
using Bot.Host.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Hosting;

/// <summary>The process entry: parse the command line, build the host, serve or answer one message.</summary>
public static class BotProgram
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= System.Console.Out;
        errors ??= System.Console.Error;

        var commandLine = BotCommandLine.Parse(args, out var error);
        if (error is not null)
        {
            await errors.WriteLineAsync(error);
            return UsageError;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Only configuration overrides reach the configuration system: a chat text such as "/status x"
            // would otherwise be read as a command-line switch.
            Args = [.. args.Where(a => a.StartsWith("--Bot", StringComparison.OrdinalIgnoreCase))],
            ContentRootPath = ContentRootLocator.Find(),
        });
        builder.AddBot(commandLine);

        if (commandLine.Mode == BotMode.Ask)
        {
            // One answer on stdout and nothing else: start-up chatter would only get in the way of a script.
            builder.Configuration["Logging:LogLevel:Default"] = nameof(LogLevel.Warning);
            using var host = builder.Build();
            await host.Services.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None);
            return await AnswerOnceAsync(host.Services, commandLine.Text!, output);
        }

        if (commandLine.Mode == BotMode.Reminders)
        {
            builder.Configuration["Logging:LogLevel:Default"] = nameof(LogLevel.Warning);
            using var host = builder.Build();
            await host.Services.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None);
            return await ReminderListing.PrintAsync(host.Services, output);
        }

        builder.AddServing();
        using var server = builder.Build();
        await server.RunAsync();
        return 0;
    }

    private static async Task<int> AnswerOnceAsync(IServiceProvider services, string text, TextWriter output)
    {
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var message = new ChatMessage(ConsoleChat.Address, ConsoleChat.Operator, text);
        var answer = await dispatcher.HandleAsync(message, LocalOperatorIsModerator.Instance, CancellationToken.None)
            ?? Answer.Short("(nothing to answer)");
        await output.WriteLineAsync(PlainTextRenderer.Render(answer));
        return 0;
    }
}
