using Bot.Core.Chat;

namespace Bot.Host.Reminders;

/// <summary>
/// One platform's send limits, as sliding windows: overall, per chat and (Telegram) per group. Sends are recorded
/// when they complete, and a window counts from there: the platform saw the request no later than we saw its answer,
/// so a gap measured from our completion to our next start is never shorter at the platform's end.
/// </summary>
public sealed class SendPacer
{
    private readonly TimeProvider _time;
    private readonly Window _overall;
    private readonly TimeSpan _chatInterval;
    private readonly int _groupLimit;
    private readonly TimeSpan _groupWindow;
    private readonly Dictionary<string, DateTimeOffset> _lastByChat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _groups = new(StringComparer.Ordinal);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public SendPacer(TimeProvider time, int perSecond, TimeSpan chatInterval, int groupLimit, TimeSpan groupWindow)
    {
        _time = time;
        _overall = new Window(perSecond, TimeSpan.FromSeconds(1));
        _chatInterval = chatInterval;
        _groupLimit = groupLimit;
        _groupWindow = groupWindow;
    }

    public static SendPacer For(ChatPlatform platform, DeliveryOptions options, TimeProvider time) => platform switch
    {
        ChatPlatform.Telegram => new SendPacer(time, options.TelegramMessagesPerSecond, options.TelegramChatInterval, options.TelegramGroupMessagesPerMinute, TimeSpan.FromMinutes(1)),
        ChatPlatform.Discord => new SendPacer(time, options.DiscordRequestsPerSecond, TimeSpan.Zero, 0, TimeSpan.Zero),
        _ => new SendPacer(time, 1000, TimeSpan.Zero, 0, TimeSpan.Zero),
    };

    /// <summary>How long until this chat may get another message (zero: now). Other chats need not wait for it.</summary>
    public TimeSpan ChatWait(ChatAddress chat)
    {
        var now = _time.GetUtcNow();
        var wait = _lastByChat.TryGetValue(chat.ChatId, out var last) ? last + _chatInterval - now : TimeSpan.Zero;
        if (_groupLimit > 0 && IsGroup(chat) && _groups.TryGetValue(chat.ChatId, out var group))
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
        var window = _overall.Wait(now);
        var wait = paused > window ? paused : window;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>A message to <paramref name="chat"/> has just completed (sent or refused: either way the platform counted it).</summary>
    public void Record(ChatAddress chat)
    {
        var now = _time.GetUtcNow();
        _overall.Add(now);
        _lastByChat[chat.ChatId] = now;
        if (_groupLimit > 0 && IsGroup(chat))
        {
            if (!_groups.TryGetValue(chat.ChatId, out var group))
            {
                _groups[chat.ChatId] = group = new Window(_groupLimit, _groupWindow);
            }

            group.Add(now);
        }

        // Forget chats whose interval has long passed, so a broadcast to many chats does not grow the table for ever.
        if (_lastByChat.Count > 10_000)
        {
            var cutoff = now - _chatInterval;
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

    /// <summary>Telegram groups and supergroups have negative ids; private chats positive.</summary>
    private static bool IsGroup(ChatAddress chat) => chat.ChatId.StartsWith('-');

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
