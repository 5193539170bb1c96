using Bot.Core.Analysis;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands;

/// <summary>
/// Offers the story's topics for a topic argument: those whose slug or an alias contains what was typed, or, when
/// none does, the closest the topic index knows. Here rather than on the knowledge, which knows nothing of commands.
/// </summary>
public sealed class TopicSuggestions(KnowledgeBase knowledge) : ISuggestionProvider
{
    public IReadOnlyList<Suggestion> Suggest(ArgumentSuggestions kind, string typed, int limit)
    {
        if (kind != ArgumentSuggestions.Topics)
        {
            return [];
        }

        var snapshot = knowledge.Current;
        var key = TopicExtractor.Slugify(typed ?? "");
        IEnumerable<Topic> matches = key.Length == 0
            ? snapshot.Topics
            : snapshot.Topics.Where(t => t.Slug.Contains(key, StringComparison.Ordinal) || t.Aliases.Any(a => TopicExtractor.Slugify(a).Contains(key, StringComparison.Ordinal)));
        if (key.Length > 0 && !matches.Any() && snapshot.TopicIndex.Find(typed!) is TopicMatch.NotFound { Closest: var closest })
        {
            matches = closest;
        }

        return [.. matches.Take(limit).Select(t => new Suggestion(t.Name, t.Slug))];
    }
}
