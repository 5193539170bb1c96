namespace Bot.Telegram.Client;

/// <summary>A Telegram call that failed for good; <see cref="Fault"/> says how. The message never contains the token.</summary>
internal sealed class TelegramCallException : Exception
{
    internal TelegramCallException(string method, TelegramFault fault)
        : base($"Telegram {method} failed: {fault.Kind} {fault.Description}")
    {
        Fault = fault;
    }

    internal TelegramFault Fault { get; }
}
