using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Console;

/// <summary>The terminal's input and output, injectable so tests can script a session.</summary>
public sealed record ConsoleChatStreams(TextReader Input, TextWriter Output);

/// <summary>
/// The interactive console chat: a prompt, one answer per line typed, Ctrl-D or /quit to leave.
/// The person at the terminal is the operator, so moderator commands are allowed.
/// </summary>
public sealed class ConsoleChat(CommandDispatcher dispatcher, ConsoleChatStreams streams, ConsolePictureFile pictures, IHostApplicationLifetime lifetime) : BackgroundService
{
    public static readonly ChatAddress Address = new(ChatPlatform.Console, "console");

    public static readonly ChatSender Operator = new("operator", "Operator");

    private const string Prompt = "> ";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first so host start-up is not held up by a blocking read.
        await Task.Yield();
        var output = streams.Output;
        await output.WriteLineAsync("News briefing bot. Type /help for commands, a question ending in \"?\", or /quit to leave.");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await output.WriteAsync(Prompt);
                await output.FlushAsync(stoppingToken);
                var line = await streams.Input.ReadLineAsync(stoppingToken);
                if (line is null || line.Trim() is "/quit" or "/exit")
                {
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var answer = await dispatcher.HandleAsync(new ChatMessage(Address, Operator, line), LocalOperatorIsModerator.Instance, stoppingToken);
                if (answer is not null)
                {
                    await output.WriteLineAsync(PlainTextRenderer.Render(answer));
                    if (pictures.Write(answer) is { } picture)
                    {
                        await output.WriteLineAsync(picture);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await output.WriteLineAsync();
        lifetime.StopApplication();
    }
}
