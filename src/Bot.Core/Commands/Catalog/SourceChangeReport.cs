using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>The reply after a source was added: what the knowledge gained (topics, dated events, deadlines).</summary>
internal static class SourceChangeReport
{
    private const int MaxEach = 8;

    public static Answer Added(Source source, KnowledgeChange change, StoryClock clock)
    {
        var items = new List<AnswerItem>();
        if (change.NewTopics.Count > 0)
        {
            items.Add(new AnswerItem($"New topics: {string.Join(", ", change.NewTopics.Take(MaxEach * 2).Select(t => t.Name))}{More(change.NewTopics.Count, MaxEach * 2)}"));
        }

        var deadlines = change.NewDeadlines.ToList();
        var events = change.NewEvents.Where(e => !e.IsDeadline).ToList();
        items.AddRange(deadlines.OrderBy(e => e.Due).Take(MaxEach)
            .Select(e => new AnswerItem($"New deadline: {e.DescribeWhen()} {clock.Timing(e)}: {e.What}", e.Origin.ToQuote())));
        items.AddRange(events.OrderBy(e => e.Due).Take(MaxEach)
            .Select(e => new AnswerItem($"New dated event: {e.DescribeWhen()} {clock.Timing(e)}: {e.What}", e.Origin.ToQuote())));
        if (items.Count == 0)
        {
            items.Add(new AnswerItem("No new topics, dated events or deadlines; its sentences are now quoted in answers."));
        }

        var hidden = Math.Max(0, deadlines.Count - MaxEach) + Math.Max(0, events.Count - MaxEach);
        return new Answer($"Added source [{source.Id}]: {source.Title} ({source.Origin}, {Published(source)})", items)
        {
            Note = source.Published is null
                ? "It has no published date, so relative dates in it (\u201cnext week\u201d) stay unresolved."
                : hidden > 0 ? $"{hidden} more dated statements not shown; see /timeline." : null,
        };
    }

    public static string Published(Source source) => source.Published is { } p ? DateWording.Date(p) : "undated";

    private static string More(int count, int shown) => count > shown ? $" and {count - shown} more" : "";
}
