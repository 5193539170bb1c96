using Bot.Core.Ingest;

namespace Bot.Core.Knowledge;

/// <summary>The view as of a day holds only the reports published by then: a later one has not been read yet.</summary>
public static class AsOf
{
    /// <summary>Published on or before <paramref name="today"/>; an undated source counts as read.</summary>
    public static bool IsReadBy(this Source source, DateOnly today) => source.Published is not { } published || published <= today;
}
