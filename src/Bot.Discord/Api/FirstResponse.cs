namespace Bot.Discord.Api;

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
