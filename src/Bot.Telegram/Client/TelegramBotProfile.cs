namespace Bot.Telegram.Client;

/// <summary>Who the bot is on Telegram, learnt with getMe at start: its id keys the stored offset, its username addresses commands.</summary>
internal sealed class TelegramBotProfile
{
    private readonly TaskCompletionSource _known = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Id { get; private set; }

    /// <summary>Without the "@".</summary>
    public string Username { get; private set; } = "";

    public bool IsKnown => _known.Task.IsCompleted;

    /// <summary>Completes once getMe has answered.</summary>
    public Task Known => _known.Task;

    internal void Set(long id, string username)
    {
        Id = id;
        Username = username;
        _known.TrySetResult();
    }
}
