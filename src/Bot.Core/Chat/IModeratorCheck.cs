namespace Bot.Core.Chat;

/// <summary>
/// Answers "may this sender moderate this chat?" for one platform (Telegram: creator/administrator or a
/// configured id; Discord: Manage Server or a configured role; console: the local operator).
/// Asked only when a moderator-only command runs, because the check may cost a platform call.
/// </summary>
public interface IModeratorCheck
{
    ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken);
}

/// <summary>Everyone may moderate: the console, where the person typing is the operator.</summary>
public sealed class LocalOperatorIsModerator : IModeratorCheck
{
    public static readonly LocalOperatorIsModerator Instance = new();

    public ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
