using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>"Where ...?": the place the found passages name, preferring one the text puts "in", "at", "near", "from" or "to".</summary>
public sealed partial class PlaceAnswerer : IQuestionAnswerer
{
    // A name later in a list the preposition governs is placed too: "from France, Italy and Spain".
    private static Regex PrepositionBeforeRegex() => PrepositionBeforeRegexField.Value;
    private static readonly Lazy<Regex> PrepositionBeforeRegexField = new(() => new Regex(@"\b(?:in|at|near|from|to|into|outside|inside|across|around|towards?|via|of)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*)*(?:,\s*|\s+and\s+|,\s+and\s+))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private const double OldPlanWeight = 0.4;

    public QuestionKind Kind => QuestionKind.Place;

    public Answer? Answer(QuestionContext context)
    {
        // "Which countries / cities ...": the places of that kind, else the place answer below.
        if (context.Question.AsksForKind is TopicKind.Country or TopicKind.City && KindList.Answer(context, context.Question.AsksForKind.Value, t => Weight(t, context.Question.AsksForKind.Value)) is { } listed)
        {
            return listed;
        }

        var places = NamedThings.In(context, t =>
        {
            // "to Iraqi sovereignty": the preposition governs the noun after the adjective, not the place.
            var placed = !t.IsAdjective && PrepositionBeforeRegex().IsMatch(t.Before);
            var kind = t.Kind switch
            {
                TopicKind.Place or TopicKind.Country or TopicKind.City => placed ? 1.2 : 0.6,
                // "on the rim of Shackleton crater", "at the Conciliation Board": a name the text puts somewhere is a place.
                TopicKind.Name or TopicKind.Organisation when placed => 1,
                _ => 0,
            };
            // "It was to be held in Oslo; it will now take place in Geneva": the old plan's place is not the answer.
            return kind * (Supersession.MarksOldPlace(t.Before) ? OldPlanWeight : 1);
        });
        var ordered = EvidenceOrder.NewestLeading(places);
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        if (context.Question.AsksForSeveral && KindList.Several(ordered) is { Count: > 1 } several)
        {
            // "Which countries ...": every place the best sentences name, each sentence quoted once.
            var quoted = several.Select(e => e.Sentence).Distinct().Select(s => new AnswerItem(EvidenceOrder.Reported(s, lead.Published), s.ToQuote()));
            return new Answer(string.Join(", ", several.Select(e => e.Value.Topic.Name)), [.. quoted]);
        }

        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Take(2).Select(o => new AnswerItem($"Also named: {o.Value.Topic.Name}", o.Sentence.ToQuote())));
        return new Answer(lead.Value.Topic.Name, items);
    }

    /// <summary>
    /// A place of the asked kind first, a place the text puts somewhere next ("troops from Norland": a country the text
    /// never calls one; "at Brask": a town), never one of the other kind (a country is no answer to "which cities").
    /// </summary>
    private static double Weight(NamedThing thing, TopicKind asked)
    {
        var placed = !thing.IsAdjective && PrepositionBeforeRegex().IsMatch(thing.Before);
        if (thing.Kind == asked)
        {
            return thing.IsAdjective ? 0 : placed ? 1.2 : 1;
        }

        return thing.Kind is TopicKind.Place or TopicKind.Name && placed ? 0.8 : 0;
    }
}
