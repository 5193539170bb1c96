using Bot.Core.Answers;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// A catalogue command's list (/sources, /topics, /reminders): the first items that fit a chat, and a note saying how
/// many more there are, so every such list is cut and counted the same way.
/// </summary>
internal static class CappedList
{
    /// <param name="hidden">What the items left out are called in the note ("older sources").</param>
    /// <param name="note">The note when nothing was left out.</param>
    public static Answer Of<T>(string headline, IReadOnlyList<T> all, int max, Func<T, AnswerItem> item, string hidden, string? note = null) =>
        new(headline, [.. all.Take(max).Select(item)])
        {
            Note = all.Count > max ? $"{all.Count - max} {hidden} not shown." : note,
        };
}
