using Bot.Core.Chat;

namespace Bot.Host.Reminders;

/// <summary>
/// One platform's send limits (<see cref="SendLimits"/>, stated by its transport), as sliding windows: overall, per
/// chat and per group. Sends are recorded when they complete, and a window counts from there: the platform saw the
/// request no later than we saw its answer, so a gap measured from our completion to our next start is never shorter
/// at the platform's end.
/// </summary>
public sealed class SendPacer
{
    private readonly TimeProvider _time;
    private readonly SendLimits _limits;
    private readonly Window? _overall;
    private readonly Dictionary<string, DateTimeOffset> _lastByChat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _groups = new(StringComparer.Ordinal);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public SendPacer(TimeProvider time, SendLimits limits)
    {
        _time = time;
        _limits = limits;
        _overall = limits.MessagesPerSecond > 0 ? new Window(limits.MessagesPerSecond, TimeSpan.FromSeconds(1)) : null;
    }

    /// <summary>How long until this chat may get another message (zero: now). Other chats need not wait for it.</summary>
    public TimeSpan ChatWait(ChatAddress chat)
    {
        var now = _time.GetUtcNow();
        var wait = _lastByChat.TryGetValue(chat.ChatId, out var last) ? last + _limits.ChatInterval - now : TimeSpan.Zero;
        if (IsPacedGroup(chat) && _groups.TryGetValue(chat.ChatId, out var group))
        {
            var groupWait = group.Wait(now);
            wait = groupWait > wait ? groupWait : wait;
        }

        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>How long until any message may go: a platform's pause after a 429, or the overall window.</summary>
    public TimeSpan OverallWait()
    {
        var now = _time.GetUtcNow();
        var paused = _pausedUntil - now;
        var window = _overall?.Wait(now) ?? TimeSpan.Zero;
        var wait = paused > window ? paused : window;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>A message to <paramref name="chat"/> has just completed (sent or refused: either way the platform counted it).</summary>
    public void Record(ChatAddress chat)
    {
        var now = _time.GetUtcNow();
        _overall?.Add(now);
        _lastByChat[chat.ChatId] = now;
        if (IsPacedGroup(chat))
        {
            if (!_groups.TryGetValue(chat.ChatId, out var group))
            {
                _groups[chat.ChatId] = group = new Window(_limits.GroupMessagesPerMinute, TimeSpan.FromMinutes(1));
            }

            group.Add(now);
        }

        // Forget chats whose interval has long passed, so a broadcast to many chats does not grow the table for ever.
        if (_lastByChat.Count > 10_000)
        {
            var cutoff = now - _limits.ChatInterval;
            foreach (var old in _lastByChat.Where(p => p.Value < cutoff).Select(p => p.Key).ToList())
            {
                _lastByChat.Remove(old);
            }
        }
    }

    /// <summary>The platform said 429: nothing goes out on it until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        var until = _time.GetUtcNow() + retryAfter;
        if (until > _pausedUntil)
        {
            _pausedUntil = until;
        }
    }

    private bool IsPacedGroup(ChatAddress chat) => _limits.GroupMessagesPerMinute > 0 && _limits.IsGroup is { } isGroup && isGroup(chat);

    private sealed class Window(int limit, TimeSpan length)
    {
        private readonly Queue<DateTimeOffset> _stamps = new();

        public TimeSpan Wait(DateTimeOffset now)
        {
            while (_stamps.Count > 0 && _stamps.Peek() <= now - length)
            {
                _stamps.Dequeue();
            }

            return _stamps.Count < limit ? TimeSpan.Zero : _stamps.Peek() + length - now;
        }

        public void Add(DateTimeOffset now) => _stamps.Enqueue(now);
    }
}
