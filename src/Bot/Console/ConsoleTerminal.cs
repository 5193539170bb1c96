using System.Diagnostics.CodeAnalysis;
using Bot.Core.Answers;
using Bot.Core.Chat;

namespace Bot.Host.Console;

/// <summary>
/// The terminal's output, shared by the chat loop and the console's <see cref="IChatSender"/>: one writer at a time, so
/// a reminder that arrives while the operator is at the prompt is printed on its own lines and the prompt shown again,
/// never in the middle of an answer.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "A SemaphoreSlim whose AvailableWaitHandle is never read holds nothing to release; disposing it would only make in-flight callers fail.")]
public sealed class ConsoleTerminal(ConsoleChatStreams streams)
{
    public const string Prompt = "> ";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _atPrompt;

    public TextReader Input => streams.Input;

    public Task WritePromptAsync(CancellationToken cancellationToken) => WriteAsync(Prompt, atPrompt: true, cancellationToken);

    public Task WriteLineAsync(string text, CancellationToken cancellationToken) => WriteAsync(text + Environment.NewLine, atPrompt: false, cancellationToken);

    /// <summary>A message nobody typed for (a reminder): off the prompt line, then the prompt again if it was showing.</summary>
    public async Task WriteUnsolicitedAsync(string text, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var wasAtPrompt = _atPrompt;
            await streams.Output.WriteAsync((wasAtPrompt ? Environment.NewLine : "") + text + Environment.NewLine + (wasAtPrompt ? Prompt : ""));
            await streams.Output.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Input was read: the prompt is no longer the last thing on screen.</summary>
    public void LeftPrompt() => _atPrompt = false;

    private async Task WriteAsync(string text, bool atPrompt, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await streams.Output.WriteAsync(text);
            await streams.Output.FlushAsync(cancellationToken);
            _atPrompt = atPrompt;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>The console as a transport for unsolicited messages: a subscribed console chat sees its reminders when they are due.</summary>
public sealed class ConsoleChatSender(ConsoleTerminal terminal) : IChatSender
{
    public ChatPlatform Platform => ChatPlatform.Console;

    /// <summary>A terminal has no rate limit.</summary>
    public SendLimits Limits => SendLimits.PacedByTransport;

    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, CancellationToken cancellationToken)
    {
        await terminal.WriteUnsolicitedAsync(PlainTextRenderer.Render(answer), cancellationToken);
        return DeliveryOutcome.Sent;
    }
}
