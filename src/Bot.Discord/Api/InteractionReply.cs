namespace Bot.Discord.Api;

/// <summary>
/// The bot's answer to an interaction: the first response, which the source sends (a callback over REST, or inline
/// over HTTP), and what must follow once it is in place (an edit of a deferred response, follow-ups).
/// </summary>
internal sealed record InteractionReply(FirstResponse First, Func<CancellationToken, Task>? Completion = null);
