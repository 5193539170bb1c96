using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Host.Console;
using Bot.Host.Knowledge;
using Bot.Host.Reminders;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Hosting;

/// <summary>The process entry: parse the command line, check the configuration, build the host, serve or answer one message.</summary>
public static class BotProgram
{
    public const int UsageError = 2;

    /// <summary>sysexits.h EX_SOFTWARE: the service ran and something in it failed; a service manager restarts it.</summary>
    public const int ServiceFailed = 70;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= System.Console.Out;
        errors ??= System.Console.Error;

        var commandLine = BotCommandLine.Parse(args, out var error);
        if (error is not null)
        {
            await errors.WriteLineAsync($"{error} (--help for usage)");
            return UsageError;
        }

        if (commandLine.Mode == BotMode.Help)
        {
            await output.WriteLineAsync(BotCommandLine.Help);
            return 0;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Only configuration overrides reach the configuration system: a chat text such as "/status x"
            // would otherwise be read as a command-line switch.
            Args = [.. args.Where(a => a.StartsWith("--Bot", StringComparison.OrdinalIgnoreCase))],
            ContentRootPath = ContentRootLocator.Find(),
        });
        // Before anything is registered: the storage provider reads its section while it registers.
        var configurationError = commandLine.Mode == BotMode.Serve ? ConfigurationCheck.ServiceExitCode : UsageError;
        if (ConfigurationCheck.FormatProblems(builder.Configuration) is { Count: > 0 } problems)
        {
            await WriteProblemsAsync(errors, problems);
            return configurationError;
        }

        builder.AddBot(commandLine);

        if (commandLine.Mode is BotMode.Ask or BotMode.Reminders)
        {
            // One answer on stdout and nothing else: start-up chatter would only get in the way of a script.
            builder.Configuration["Logging:LogLevel:Default"] = nameof(LogLevel.Warning);
            using var host = builder.Build();
            if (await ValidateAsync(host, errors) is false)
            {
                return configurationError;
            }

            await host.Services.GetRequiredService<SeedLoader>().LoadAsync(CancellationToken.None);
            return commandLine.Mode == BotMode.Ask
                ? await AnswerOnceAsync(host.Services, commandLine.Text!, output)
                : await ReminderListing.PrintAsync(host.Services, output);
        }

        builder.AddServing();
        using var server = builder.Build();
        if (await ValidateAsync(server, errors) is false)
        {
            return configurationError;
        }

        return await ServeAsync(server, errors);
    }

    /// <summary>
    /// Runs the service until it stops. Stopping because asked (a signal, the console's end of input) is 0; stopping
    /// because something failed (a start that threw, a background service that died) never is.
    /// </summary>
    public static async Task<int> ServeAsync(IHost host, TextWriter errors)
    {
        try
        {
            // Not RunAsync: it disposes the host, and the services are read below to tell a failure from a stop.
            await host.StartAsync();
            await host.WaitForShutdownAsync();
        }
        catch (OperationCanceledException) when (host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
        {
            // Asked to stop (SIGTERM, the console's end of input) while still starting: a stop, not a failure.
            await host.StopAsync();
            return 0;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await errors.WriteLineAsync($"The bot stopped: {exception.GetBaseException().Message}");
            return ServiceFailed;
        }

        var failed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
        foreach (var service in failed)
        {
            await errors.WriteLineAsync($"The bot stopped: {service.GetType().Name} failed: {service.ExecuteTask!.Exception!.GetBaseException().Message}");
        }

        return failed.Count == 0 ? 0 : ServiceFailed;
    }

    /// <summary>Runs every <c>ValidateOnStart</c> check now, so a bad value is one line per problem, not a trace from Host.StartAsync.</summary>
    private static async Task<bool> ValidateAsync(IHost host, TextWriter errors)
    {
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (OptionsValidationException exception)
        {
            await WriteProblemsAsync(errors, ConfigurationCheck.Describe(exception, host.Services.GetRequiredService<IConfiguration>()));
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is OptionsValidationException))
        {
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            await WriteProblemsAsync(errors, [.. exception.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => ConfigurationCheck.Describe(e, configuration))]);
        }

        return false;
    }

    private static async Task WriteProblemsAsync(TextWriter errors, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            await errors.WriteLineAsync($"Configuration: {problem}");
        }
    }

    private static async Task<int> AnswerOnceAsync(IServiceProvider services, string text, TextWriter output)
    {
        var dispatcher = services.GetRequiredService<CommandDispatcher>();
        var message = new ChatMessage(ConsoleChat.Address, ConsoleChat.Operator, text);
        var answer = await dispatcher.HandleAsync(message, LocalOperatorIsModerator.Instance, CancellationToken.None)
            ?? Answer.Short("(nothing to answer)");
        await output.WriteLineAsync(PlainTextRenderer.Render(answer));
        if (services.GetRequiredService<ConsolePictureFile>().Write(answer) is { } picture)
        {
            await output.WriteLineAsync(picture);
        }

        return 0;
    }
}
