using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;
using PhaseStatus = Bot.Core.Analysis.PhaseStatus;

namespace Bot.Core.Questions;

/// <summary>
/// A question whose subject is one phase named by its ordinal ("is phase one finished?", "when does the final phase
/// begin?", "when does phase two start now?") is answered from the story model's merged phase: its newest start, end
/// and status across reports, not the sentence that shares most words with the question (which is often an older
/// report's, or one about booking for the phase). Null when the question is not of that shape or no plan has the phase.
/// </summary>
internal static partial class PhaseQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The phase is the subject: "when does …", "is the …", "has …" before it, and after it at most "of the rollout" and
    // words of time or status; "the phase two talks" or "talks on phase 2" are about something else.
    private static Regex Opening() => OpeningField.Value;
    private static readonly Lazy<Regex> OpeningField = new(() => new Regex(@"^(?:when|is|are|has|have|was|did|does|will)(?:\s+(?:does|do|is|will|did|has|was))?\s+(?:the\s+)?$", Options));

    private static Regex Rest() => RestField.Value;
    private static readonly Lazy<Regex> RestField = new(() => new Regex(@"^(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+)?(?:\s+(?:start|starts|begin|begins|end|ends|finish|finishes|close|closes|open|opens|due|over|done|complete|completed|finished|started|begun|began|ended|under\s*way|underway|now|yet|still|happening|going\s+ahead))*\s*[?.!]*$", Options));

    private static Regex StartWords() => StartWordsField.Value;
    private static readonly Lazy<Regex> StartWordsField = new(() => new Regex(@"\b(?:start|starts|begin|begins|open|opens)\b", Options));

    private static Regex EndWords() => EndWordsField.Value;
    private static readonly Lazy<Regex> EndWordsField = new(() => new Regex(@"\b(?:end|ends|finish|finishes|close|closes|due|over)\b", Options));

    /// <summary>The phase the question is about, as of today, with the plan it belongs to.</summary>
    public static PhaseView? Named(QuestionContext context)
    {
        var text = context.Question.Text.Trim();
        var ordinals = PhaseOrdinals.Find(text);
        if (ordinals.Count != 1 || !Opening().IsMatch(text[..ordinals[0].Start]) || !Rest().IsMatch(text[(ordinals[0].Start + ordinals[0].Length)..]))
        {
            return null;
        }

        var today = context.Clock.Today;
        var plans = context.Retrieval.NamedTopics.Select(t => PhaseList.Plans(context.Snapshot, today, t)).FirstOrDefault(p => p.Count > 0)
            ?? PhaseList.Plans(context.Snapshot, today, null);
        var number = ordinals[0].Number;
        return plans.Select(p => number == PhaseOrdinal.Final ? p.Phases.MaxBy(f => f.Number) : p.Phases.FirstOrDefault(f => f.Number == number)).FirstOrDefault(p => p is not null);
    }

    /// <summary>"When does phase two start?": its start when the question asks when it starts (or it has not begun), else its end.</summary>
    public static Answer? When(QuestionContext context)
    {
        if (Named(context) is not { } phase)
        {
            return null;
        }

        var text = context.Question.Text;
        var today = context.Clock.Today;
        var wantsStart = StartWords().IsMatch(text) || (!EndWords().IsMatch(text) && phase.Start is { } s && s.Start > today);
        TimelineEvent? answer = wantsStart
            ? phase.Start is { } start ? new TimelineEvent(start, TemporalRole.At, phase.Description, phase.Sentences[^1], []) { Kind = EventKind.Phase } : null
            : phase.End;
        if (answer is null)
        {
            return null;
        }

        var moved = wantsStart ? phase.EarlierStarts : phase.EarlierEnds;
        var history = moved is [.., var old] ? $" — moved from {old.Describe()}" : "";
        return new Answer($"{context.Clock.When(answer)}: {Name(phase)} {(wantsStart ? "starts" : "ends")}{history}", Quotes(phase));
    }

    /// <summary>"Is phase one finished?": the phase's status as the newest report has it, or what its dates say.</summary>
    public static Answer? Status(QuestionContext context)
    {
        if (Named(context) is not { } phase)
        {
            return null;
        }

        var today = context.Clock.Today;
        var name = Name(phase);
        var headline = phase.Status switch
        {
            PhaseStatus.Done => $"Yes: {name} is done" + (phase.StatusDay is { } d ? $" ({d.Describe()})" : ""),
            PhaseStatus.Cancelled => $"No: {name} was cancelled",
            PhaseStatus.UnderWay => $"{name} is under way" + (phase.Start is { } s ? $", since {s.Describe()}" : ""),
            _ when phase.End is { } end && end.TimingAt(today) == EventTiming.Past => $"{name} was due {end.DescribeWhen()}, which has passed; no report says it is done",
            _ when phase.Start is { } s && s.Start > today => $"Not yet: {name} starts {s.Describe()}",
            _ when phase.End is { } end => $"Not yet: {name} is due {end.DescribeWhen()} {context.Clock.Timing(end)}",
            _ => null,
        };
        return headline is null ? null : new Answer(headline, Quotes(phase));
    }

    private static string Name(PhaseView phase) => phase.Number == PhaseOrdinal.Final ? "the final phase" : $"phase {phase.Number}";

    // The newest report's word on the phase first, then what first laid it out.
    private static List<AnswerItem> Quotes(PhaseView phase)
    {
        var newest = phase.Sentences[^1];
        var items = new List<AnswerItem> { new(EvidenceOrder.Reported(newest, null), newest.ToQuote()) };
        if (phase.Sentences.Count > 1)
        {
            items.Add(new AnswerItem(EvidenceOrder.Reported(phase.Sentences[0], newest.Source.Published), phase.Sentences[0].ToQuote()));
        }

        return items;
    }
}
