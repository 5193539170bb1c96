using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>"Where ...?": the place the found passages name, preferring one the text puts "in", "at", "near", "from" or "to".</summary>
public sealed partial class PlaceAnswerer : IQuestionAnswerer
{
    [GeneratedRegex(@"\b(?:in|at|near|from|to|into|outside|inside|across|around|across|towards?|via|of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBeforeRegex();

    public QuestionKind Kind => QuestionKind.Place;

    public Answer? Answer(QuestionContext context)
    {
        var places = NamedThings.In(context, t =>
        {
            var placed = PrepositionBeforeRegex().IsMatch(t.Before);
            return t.Kind switch
            {
                TopicKind.Place => placed ? 1.2 : 0.6,
                TopicKind.Name or TopicKind.Organisation when placed => 0.9,
                _ => 0,
            };
        });
        var ordered = places.OrderByDescending(e => e.Score).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Take(2).Select(o => new AnswerItem($"Also named: {o.Value.Topic.Name}", o.Sentence.ToQuote())));
        return new Answer(lead.Value.Topic.Name, items);
    }
}
