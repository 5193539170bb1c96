using System.Text;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Commands.Catalog;

namespace Bot.Host.Console;

/// <summary>The terminal's input and output, injectable so tests can script a session.</summary>
public sealed record ConsoleChatStreams(TextReader Input, TextWriter Output);

/// <summary>
/// The interactive console chat: a prompt, one answer per line typed, Ctrl-D (end of input) or /quit to leave.
/// The person at the terminal is the operator, so moderator commands are allowed, and two things only the operator
/// may do: paste a long source after a bare <c>/addsource</c> (until a line holding only "."), and add a local file
/// by its path (<c>/addsource ./article.md</c>). Both arrive as an attachment, so the limit is the source limit
/// (<c>Bot:Sources:MaxBytes</c>), not a chat message's.
/// </summary>
public sealed class ConsoleChat(CommandDispatcher dispatcher, ConsoleTerminal terminal, ConsolePictureFile pictures, IHostApplicationLifetime lifetime, ConsoleLogFile? log = null) : BackgroundService
{
    public static readonly ChatAddress Address = new(ChatPlatform.Console, "console");

    public static readonly ChatSender Operator = new("operator", "Operator");

    /// <summary>Ends a multi-line paste, as in mail(1).</summary>
    public const string EndOfPaste = ".";

    private static readonly string AddSource = "/" + AddSourceCommand.Definition.Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read nothing until every service has started: input that ends at once (`echo ... | Bot`, `< /dev/null`)
        // would otherwise stop the host while others are still starting.
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        try
        {
            await terminal.WriteLineAsync($"News briefing bot. Type /help for commands, a question ending in \"?\", or /quit to leave.{(log is null ? "" : $" Logs go to {log.Path}.")}", stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await terminal.WritePromptAsync(stoppingToken);
                var line = await ReadLineAsync(stoppingToken);
                terminal.LeftPrompt();
                if (line is null || line.Trim() is "/quit" or "/exit")
                {
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var answer = await dispatcher.HandleAsync(await MessageAsync(line.Trim(), stoppingToken), LocalOperatorIsModerator.Instance, stoppingToken);
                if (answer is not null)
                {
                    await terminal.WriteLineAsync(PlainTextRenderer.Render(answer), stoppingToken);
                    if (pictures.Write(answer) is { } picture)
                    {
                        await terminal.WriteLineAsync(picture, stoppingToken);
                    }
                }
            }

            await terminal.WriteLineAsync("", stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        lifetime.StopApplication();
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The line as a chat message; a bare /addsource reads the paste that follows, a path becomes the file.</summary>
    private async Task<ChatMessage> MessageAsync(string line, CancellationToken cancellationToken)
    {
        var message = new ChatMessage(Address, Operator, line);
        var (name, argument) = SplitCommand(line);
        if (!name.Equals(AddSource, StringComparison.OrdinalIgnoreCase))
        {
            return message;
        }

        // A bare /addsource (or one with only its published= option) reads the paste that follows.
        if (argument.Length == 0 || (argument.StartsWith("published=", StringComparison.Ordinal) && !argument.Contains(' ', StringComparison.Ordinal)))
        {
            await terminal.WriteLineAsync($"Paste the source (first line: title; published=YYYY-MM-DD if it has no date), then a line with only \"{EndOfPaste}\" or Ctrl-D:", cancellationToken);
            var paste = await ReadPasteAsync(cancellationToken);
            return paste.Length == 0 ? message : message with { Attachment = Attachment("pasted.txt", Encoding.UTF8.GetBytes(paste)) };
        }

        // "/addsource [published=YYYY-MM-DD] ./article.md": the last word, when it names an existing file here.
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (LocalFile(words[^1]) is { } file)
        {
            var rest = string.Join(' ', words[..^1]);
            return message with
            {
                Text = rest.Length == 0 ? AddSource : $"{AddSource} {rest}",
                Attachment = new ChatAttachment(file.Name, file.Length, null, _ => Task.FromResult<Stream>(file.OpenRead())),
            };
        }

        return message;
    }

    private async Task<string> ReadPasteAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        while (await ReadLineAsync(cancellationToken) is { } line && line.Trim() != EndOfPaste)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// Console.In reads synchronously, even through ReadLineAsync, and heeds no cancellation: the read runs on a pool
    /// thread and is abandoned on a stop, so SIGTERM or Ctrl-C ends the chat at once, not after the shutdown timeout.
    /// </summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await Task.Run(() => terminal.Input.ReadLineAsync(CancellationToken.None).AsTask(), CancellationToken.None).WaitAsync(cancellationToken);

    private static FileInfo? LocalFile(string word)
    {
        if (word.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var path = word.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), word[2..]) : word;
        var file = new FileInfo(Path.GetFullPath(path));
        return file.Exists ? file : null;
    }

    private static ChatAttachment Attachment(string name, byte[] bytes) =>
        new(name, bytes.Length, "text/plain", _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));

    private static (string Name, string Argument) SplitCommand(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
    }
}
