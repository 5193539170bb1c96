namespace Bot.Telegram.Client;

/// <summary>A call's value, or the fault its policy stopped on.</summary>
internal readonly record struct TelegramCallResult<T>(T? Value, TelegramFault? Fault);
