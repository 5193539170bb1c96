using System.Diagnostics;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Metrics;
using Bot.Core.Text;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Commands;

/// <summary>
/// The one path from chat text to an answer, for every transport: parse, find the command, check who may run
/// it, validate the argument, run it with a timeout, and turn any failure into one short, clear reply.
/// Nothing escapes it but cancellation of the caller's own token.
/// </summary>
public sealed class CommandDispatcher(
    CommandRegistry registry,
    IEnumerable<ISuggestionProvider> suggestionProviders,
    IOptions<CommandOptions> options,
    ILogger<CommandDispatcher> logger)
{
    /// <summary>The command free questions go to.</summary>
    public const string QuestionCommand = "ask";

    public CommandRegistry Registry => registry;

    /// <summary>Returns the reply, or null when the text was not addressed to the bot (group chatter).</summary>
    public async Task<Answer?> HandleAsync(ChatMessage message, IModeratorCheck moderators, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var parsed = CommandParser.Parse(message.Text, message.IsGroup);
        // Only registered names become a metric tag: a typed "/whatever" must not create a series.
        var commandTag = parsed switch
        {
            ParsedText.Question => QuestionCommand,
            ParsedText.Command command => registry.Find(command.Name)?.Descriptor.Name ?? "unknown",
            ParsedText.Rejected => "rejected",
            _ => "none",
        };
        BotMetrics.UpdateReceived(message.Chat.Platform, commandTag);
        var answer = parsed switch
        {
            ParsedText.Ignored => null,
            ParsedText.Rejected rejected => Answer.Short(rejected.Reason, AnswerKind.Problem),
            ParsedText.Question question => await RunAsync(QuestionCommand, question.Text, message, moderators, cancellationToken),
            ParsedText.Command command => await RunAsync(command.Name, command.Argument, message, moderators, cancellationToken),
            _ => throw new InvalidOperationException($"Unhandled parse result {parsed.GetType().Name}."),
        };
        if (answer is not null)
        {
            BotMetrics.UpdateAnswered(message.Chat.Platform, commandTag, BotMetrics.Since(started));
        }

        return answer;
    }

    /// <summary>Values to offer for a command's argument while the user types it.</summary>
    public IReadOnlyList<Suggestion> Suggest(string commandName, string typed, int limit = 25)
    {
        var kind = registry.Find(commandName)?.Descriptor.Argument?.Suggestions ?? ArgumentSuggestions.None;
        if (kind == ArgumentSuggestions.None)
        {
            return [];
        }

        try
        {
            return [.. suggestionProviders.SelectMany(p => p.Suggest(kind, typed ?? "", limit)).Take(limit)];
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Suggestions for /{Command} failed", commandName);
            return [];
        }
    }

    private async Task<Answer> RunAsync(string name, string argument, ChatMessage message, IModeratorCheck moderators, CancellationToken cancellationToken)
    {
        var command = registry.Find(name);
        if (command is null)
        {
            return Answer.Short($"/{TextShortener.Shorten(name, 32)} is not a command I know. Send /help for the list.", AnswerKind.Problem);
        }

        var descriptor = command.Descriptor;
        if (descriptor.Argument is { } spec)
        {
            if (spec.Required && argument.Length == 0)
            {
                return Answer.Short($"/{descriptor.Name} needs {Article(spec.Name)} {spec.Name}: {descriptor.Usage}", AnswerKind.Problem);
            }

            if (argument.Length > spec.MaxLength)
            {
                return Answer.Short($"That {spec.Name} is too long ({argument.Length:N0} characters; at most {spec.MaxLength:N0}).", AnswerKind.Problem);
            }
        }
        else if (argument.Length > 0 && name != QuestionCommand)
        {
            // Extra words after an argument-less command are harmless; ignore them rather than scold.
            argument = "";
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            if (descriptor.Audience == CommandAudience.Moderators && !await moderators.IsModeratorAsync(message, timeout.Token))
            {
                return Answer.Short($"Sorry, only this chat's moderators may use /{descriptor.Name}.", AnswerKind.Problem);
            }

            return await command.ExecuteAsync(new CommandRequest(message, argument), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("/{Command} in {Chat} timed out after {Timeout}", descriptor.Name, message.Chat, options.Value.Timeout);
            BotMetrics.CommandFailed(descriptor.Name, timedOut: true);
            return Answer.Short($"/{descriptor.Name} took too long to answer. Please try again in a moment.", AnswerKind.Problem);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "/{Command} in {Chat} failed", descriptor.Name, message.Chat);
            BotMetrics.CommandFailed(descriptor.Name, timedOut: false);
            return Answer.Short($"Sorry, something went wrong while answering /{descriptor.Name}. It has been logged.", AnswerKind.Problem);
        }
    }

    private static string Article(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an" : "a";
}
