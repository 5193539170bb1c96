using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "Who ...?": the person the found passages name (an organisation when no person fits), with their role as the
/// text gives it: the title before the name ("Lt Gen.") and the apposition after it (", deputy commander of ...,").
/// </summary>
public sealed partial class PersonAnswerer : IQuestionAnswerer
{
    [GeneratedRegex(@"^,\s+(?<role>(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,12}?)\s*(?:,|;|\.|\)|$|\s+(?:said|says|told|stated|announced|added))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AppositionRegex();

    [GeneratedRegex(@"^(?:(?:Lt|Lieut|Gen|Maj|Col|Brig|Adm|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Pres|Amb|President|Prime|Minister|Foreign|Defence|Defense|Interior|Chief|General|Colonel|Major|Commander|Spokesman|Spokeswoman|Mayor|King|Queen|Prince|Sheikh|Ayatollah|Pope|Judge|Justice|Secretary|Senator|Governor|Director|Chairman|Chairwoman|Speaker|Deputy|Vice)\.?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();

    public QuestionKind Kind => QuestionKind.Person;

    public Answer? Answer(QuestionContext context)
    {
        var people = NamedThings.In(context, t => t.Kind switch
        {
            TopicKind.Person => 1,
            TopicKind.Organisation => 0.5,
            TopicKind.Name => 0.4,
            _ => 0,
        });
        var ordered = people.OrderByDescending(e => e.Score).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var thing = lead.Value;
        var title = NamedThings.WordsBefore(thing.Before, 3);
        while (title.Length > 0 && !TitleRegex().IsMatch(title))
        {
            title = title.Contains(' ') ? title[(title.IndexOf(' ') + 1)..] : "";
        }

        var role = AppositionRegex().Match(thing.After) is { Success: true } apposition ? ", " + apposition.Groups["role"].Value : "";
        var headline = $"{(title.Length > 0 ? title + " " : "")}{thing.Topic.Name}{role}";
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Take(2).Select(o => new AnswerItem($"Also named: {o.Value.Topic.Name}", o.Sentence.ToQuote())));
        return new Answer(headline, items);
    }
}
