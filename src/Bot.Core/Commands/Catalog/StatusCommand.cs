using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// /status &lt;topic&gt;: what the sources say about a topic now. The newest report leads, with each of its
/// statements dated; then the next deadline; then what older reports said, so a reader sees what changed.
/// </summary>
public sealed class StatusCommand(KnowledgeBase knowledge, StoryClock clock) : IChatCommand
{
    /// <summary>Near the top of a report chiefly about a topic, who said what is about that topic even when it says "the base".</summary>
    private const int LeadSentences = 6;

    private const int MaxEarlierItems = 6;

    /// <summary>The newest reports about a topic whose changes (moved, cancelled, done, missed) /status lists.</summary>
    private const int MaxChangedReports = 3;

    /// <summary>How far back from publication a dated statement still counts as the report's news.</summary>
    private const int DaysOfNews = 7;

    private static readonly string[] SpeechVerbs = ["said", "says", "stated", "announced", "told", "confirmed", "declared", "added"];

    public static CommandDescriptor Definition { get; } = new("status", "What the sources say about a topic now", TopicArgument.Optional("The topic: a place, organisation, person or agreement"));

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        if (request.Argument.Length == 0)
        {
            return ValueTask.FromResult(TopicArgument.Choose(snapshot, Definition.Name));
        }

        var (topic, problem) = TopicArgument.Resolve(snapshot, request.Argument, Definition.Name);
        return ValueTask.FromResult(problem ?? Compose(snapshot, topic!));
    }

    private Answer Compose(KnowledgeSnapshot snapshot, Topic topic)
    {
        var today = clock.Today;
        var statements = StatementsAbout(snapshot, topic.Slug, today);

        // Every item the topic's sentences date, at its newest date as of today; the soonest still ahead leads.
        var items = (snapshot.ItemsByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Concat(statements.SelectMany(snapshot.EventsOf).Select(snapshot.ItemOf).OfType<StoryItem>())
            .Distinct();
        var next = items
            .Select(i => (Item: i, State: i.StateAt(today)))
            .Where(p => p.State is { Date: { } d, Change: ItemChange.Set or ItemChange.Restated or ItemChange.Moved } && d.IsStillAhead(today))
            .OrderBy(p => p.State!.Date!.Due)
            .ThenBy(p => p.Item.Topics.Contains(topic.Slug) ? 0 : 1)
            .Select(p => p.Item.Quoted(p.State!.Date!, topic.Slug))
            .FirstOrDefault();
        var latestId = statements.FirstOrDefault()?.Source.Id;
        var whose = next is null || next.Origin.Source.Id == latestId ? "" : $" (from the earlier report of {Published(next.Origin.Source)})";
        var history = next is null ? null : clock.History(snapshot, next);
        var nextItem = next is null
            ? new AnswerItem($"Next deadline: none ahead of {DateWording.Date(today)} in the sources.")
            : new AnswerItem($"Next deadline: {next.DescribeWhen()} {clock.Timing(next)}: {next.What}{whose}{(history is null ? "" : $" — {history}")}", next.Origin.ToQuote());

        // The newest report leads with what it says just happened, then the next deadline, then the rest of what it says.
        var lines = new List<AnswerItem>();
        var bySource = statements.GroupBy(s => s.Source.Id).ToList();
        var latest = bySource.FirstOrDefault();
        if (latest is not null)
        {
            var source = latest.First().Source;
            lines.Add(new AnswerItem($"Latest report: {source.Title} ({source.Origin}), {Published(source)}"));
            var announced = latest.Where(s => TellsWhatJustHappened(s, snapshot)).ToList();
            lines.AddRange(announced.Select(s => new AnswerItem(Label(s, snapshot), s.ToQuote())));
            lines.Add(nextItem);
            lines.AddRange(clock.Changes(snapshot, [.. bySource.Take(MaxChangedReports).Select(g => g.Key)], next));
            lines.AddRange(latest.Except(announced)
                .Where(s => next is null || s.Source.Id != next.Origin.Source.Id || s.Sentence.Index != next.Origin.Sentence.Index)
                .Select(s => new AnswerItem(Label(s, snapshot), s.ToQuote())));
        }
        else
        {
            lines.Add(nextItem);
        }

        foreach (var older in bySource.Skip(1))
        {
            var source = older.First().Source;
            lines.Add(new AnswerItem($"Earlier report: {source.Title} ({source.Origin}), {Published(source)}"));
            foreach (var statement in older.Take(MaxEarlierItems))
            {
                lines.Add(new AnswerItem(Label(statement, snapshot), statement.ToQuote()));
            }
        }

        var undated = bySource.Select(g => g.First().Source).Where(s => s.Published is null && snapshot.Analyses[s.Id].UnresolvedDates > 0).ToList();
        var stale = clock.Staleness(snapshot);
        return new Answer($"{topic.Name}: status on {DateWording.Date(today)}{(stale is null ? "" : $"; {stale}")}", lines)
        {
            Note = undated.Count > 0
                ? $"Some dates stay unresolved: {string.Join(", ", undated.Select(s => s.Title))} has no published date, so words such as “next week” cannot be placed."
                : null,
        };
    }

    /// <summary>Sentences naming the topic, plus who-said-what near the top of reports chiefly about it; newest report first.</summary>
    private static List<SourceSentence> StatementsAbout(KnowledgeSnapshot snapshot, string slug, DateOnly today)
    {
        var sentences = (snapshot.SentencesByTopic.GetValueOrDefault(slug) ?? []).Where(s => s.Source.IsReadBy(today)).ToList();
        foreach (var sourceId in snapshot.SourcesByLeadTopic.GetValueOrDefault(slug) ?? [])
        {
            var analysis = snapshot.Analyses[sourceId];
            if (!analysis.Source.IsReadBy(today))
            {
                continue;
            }

            var dated = analysis.Statements.Select(s => s.SentenceIndex).ToHashSet();
            foreach (var sentence in analysis.Sentences.Take(LeadSentences))
            {
                if (dated.Contains(sentence.Index) || SpeechVerbs.Any(v => ContainsWord(sentence.Text, v)))
                {
                    sentences.Add(new SourceSentence(analysis.Source, sentence));
                }
            }
        }

        return [.. sentences
            .DistinctBy(s => (s.Source.Id, s.Sentence.Index))
            .OrderByDescending(s => s.Source.Published ?? DateOnly.MinValue)
            .ThenBy(s => s.Source.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Sentence.Index)];
    }

    /// <summary>A statement dated in the week up to its source's publication: what the report says just happened.</summary>
    private static bool TellsWhatJustHappened(SourceSentence statement, KnowledgeSnapshot snapshot) =>
        statement.Source.Published is { } published
        && snapshot.EventsOf(statement).Any(e =>
            e.Role == Analysis.Time.TemporalRole.At
            && e.Period.Granularity == Analysis.Time.DateGranularity.Day
            && e.Period.Start <= published
            && e.Period.Start > published.AddDays(-DaysOfNews));

    private string Label(SourceSentence statement, KnowledgeSnapshot snapshot)
    {
        var found = snapshot.EventsOf(statement);
        var update = snapshot.Analyses[statement.Source.Id].Updates.FirstOrDefault(u => u.SentenceIndex == statement.Sentence.Index);
        if (found.Count == 0 && update is not null)
        {
            return update.Action switch
            {
                Analysis.UpdateAction.Cancelled => "Cancelled",
                Analysis.UpdateAction.Completed => "Done",
                Analysis.UpdateAction.Missed => "Missed",
                _ => "Postponed",
            };
        }

        if (found.Count == 0)
        {
            var unresolved = statement.Source.Published is null
                ? Analysis.Time.TemporalTagger.Tag(statement.Sentence.Text, null).Where(m => !m.IsResolved).Select(m => $"“{m.Text}”").ToList()
                : [];
            return unresolved.Count > 0 ? $"Date unresolved: {string.Join(", ", unresolved)} in an undated source" : "Reported";
        }

        var published = statement.Source.Published;
        return string.Join("; ", found.Select(e =>
            published is { } p && e.Role == Analysis.Time.TemporalRole.At && e.Period.Contains(p)
                ? $"Announced {e.Period.Describe()}"
                : clock.When(e) + (clock.History(snapshot, e) is { } history ? $" — {history}" : "")));
    }

    private static string Published(Ingest.Source source) => source.Published is { } p ? Analysis.Time.DateWording.Day(p) : "undated";


    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0
            && (at == 0 || !char.IsLetter(text[at - 1]))
            && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));
    }
}
