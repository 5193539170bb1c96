namespace Bot.Telegram.Client;

/// <summary>What to do after a failed attempt: wait this long and try again, or stop with the fault.</summary>
internal delegate ValueTask<TimeSpan?> TelegramRetryPolicy(TelegramFault fault, int failures);
