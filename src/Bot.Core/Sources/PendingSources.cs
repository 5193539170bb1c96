using Bot.Core.Chat;
using Bot.Core.Ingest;

namespace Bot.Core.Sources;

/// <summary>
/// Pasted text that arrived without a date, kept briefly per chat and sender so that the moderator's answer
/// ("/addsource published=2026-01-02") completes it instead of making them paste it again.
/// </summary>
public sealed class PendingSources(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<(ChatAddress, string), (Source Source, DateTimeOffset Expires)> _drafts = [];

    public void Keep(ChatMessage message, Source source)
    {
        lock (_lock)
        {
            _drafts[(message.Chat, message.Sender.Id)] = (source, time.GetUtcNow() + Lifetime);
        }
    }

    public Source? Take(ChatMessage message)
    {
        lock (_lock)
        {
            var key = (message.Chat, message.Sender.Id);
            if (!_drafts.Remove(key, out var draft))
            {
                return null;
            }

            // Drop the expired ones while here; the dictionary never grows past the drafts of the last few minutes.
            var now = time.GetUtcNow();
            foreach (var stale in _drafts.Where(d => d.Value.Expires <= now).Select(d => d.Key).ToList())
            {
                _drafts.Remove(stale);
            }

            return draft.Expires > now ? draft.Source : null;
        }
    }
}
