using Bot.Core.Answers;
using Bot.Core.Chat;

namespace Bot.Core.Commands;

/// <summary>
/// One chat command. Each implementation exposes its static descriptor and turns a request into an
/// <see cref="Answer"/>; it may throw, the dispatcher turns that into one clear reply.
/// </summary>
public interface IChatCommand
{
    CommandDescriptor Descriptor { get; }

    ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}

/// <summary>A parsed invocation: the message it came from and its argument text (trimmed, possibly empty).</summary>
public sealed record CommandRequest(ChatMessage Message, string Argument);
