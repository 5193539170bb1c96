namespace Bot.Discord.Api;

/// <summary>
/// Where interactions come from: the gateway or an HTTP endpoint today, a Discord library's client tomorrow. It
/// calls back beside its receive loop, so a slow command never holds up the next interaction, and lets what it
/// started finish (within a bound) before <see cref="RunAsync"/> returns.
/// </summary>
internal interface IDiscordInteractionSource
{
    /// <summary>
    /// Receives until <paramref name="cancellationToken"/> fires or the source cannot go on (a refused token).
    /// <paramref name="onReady"/> runs each time Discord is ready to take the command registration;
    /// <paramref name="onInteraction"/> runs per interaction, and the source sends its reply's first response
    /// (as a callback or inline) before starting the reply's completion.
    /// </summary>
    Task RunAsync(
        Func<CancellationToken, Task> onReady,
        AnswerInteraction onInteraction,
        CancellationToken cancellationToken);
}
