namespace Bot.Discord.Api;

/// <summary>
/// The bot's answer to an interaction: the first response, which the source sends (a callback over REST, or inline
/// over HTTP), and what must follow once it is in place (an edit of a deferred response, follow-ups).
/// </summary>
internal sealed record InteractionReply(FirstResponse First, Func<CancellationToken, Task>? Completion = null);

/// <summary>The first response Discord needs within three seconds.</summary>
internal abstract record FirstResponse
{
    private FirstResponse()
    {
    }

    /// <summary>The answer itself.</summary>
    public sealed record Message(OutgoingMessage Content) : FirstResponse;

    /// <summary>"Thinking…": the answer follows by editing the response.</summary>
    public sealed record Deferred : FirstResponse;

    /// <summary>Autocomplete suggestions.</summary>
    public sealed record Choices(IReadOnlyList<Choice> Items) : FirstResponse;
}

/// <summary>An autocomplete suggestion: what is shown, and what is filled in.</summary>
internal sealed record Choice(string Label, string Value);
