using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>Resolves a typed topic for the commands that take one, and words the reply when it cannot.</summary>
internal static class TopicArgument
{
    public static CommandArgument Optional(string purpose) =>
        new("topic", purpose, Required: false) { Suggestions = ArgumentSuggestions.Topics, MaxLength = 100 };

    /// <summary>The topic, or the answer to give instead (unknown topic, with the closest ones offered).</summary>
    public static (Topic? Topic, Answer? Problem) Resolve(KnowledgeSnapshot knowledge, string typed, string command)
    {
        switch (knowledge.TopicIndex.Find(typed))
        {
            case TopicMatch.Found found:
                return (found.Topic, null);
            case TopicMatch.NotFound { Closest: var closest }:
                var shown = TextShortener.Shorten(typed, 60);
                var headline = closest.Count > 0
                    ? $"I don't know a topic called “{shown}”. Did you mean {string.Join(", ", closest.Select(t => t.Name))}?"
                    : $"I don't know a topic called “{shown}”. Send /topics to see them all.";
                return (null, Answer.Short(headline, AnswerKind.Problem) with
                {
                    Buttons = [.. closest.Select(t => new AnswerButton(t.Name, $"/{command} {t.Slug}"))],
                });
            default:
                throw new InvalidOperationException("Unknown topic match.");
        }
    }

    /// <summary>"Which topic?" with the most mentioned topics as buttons.</summary>
    public static Answer Choose(KnowledgeSnapshot knowledge, string command) =>
        knowledge.Topics.Count == 0
            ? Answer.Short("There are no topics yet: no source has been added.", AnswerKind.Problem)
            : Answer.Short($"Which topic? Pick one, or send /{command} <topic>.") with
            {
                Buttons = [.. knowledge.Topics.Take(8).Select(t => new AnswerButton(t.Name, $"/{command} {t.Slug}"))],
            };

}
