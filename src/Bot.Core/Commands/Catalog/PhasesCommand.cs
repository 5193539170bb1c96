using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using PhaseStatus = Bot.Core.Analysis.PhaseStatus;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// /phases [topic]: each plan of phases the reports lay out, merged across reports as of today: every phase with its
/// start, end and status, the newest report's word winning, and the sentences behind it, oldest first.
/// </summary>
public sealed class PhasesCommand(KnowledgeBase knowledge, StoryClock clock) : IChatCommand
{
    private const int MaxPlans = 8;
    private const int MaxLaterReportsPerPhase = 3;

    public static CommandDescriptor Definition { get; } = new("phases", "The phases or stages the sources lay out", TopicArgument.Optional("Only plans that name this topic"));

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        Topic? topic = null;
        if (request.Argument.Length > 0)
        {
            (topic, var problem) = TopicArgument.Resolve(snapshot, request.Argument, Definition.Name);
            if (problem is not null)
            {
                return ValueTask.FromResult(problem);
            }
        }

        var today = clock.Today;
        var plans = (topic is null ? snapshot.Plans : snapshot.PlansByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Select(p => (Plan: p, View: p.At(today)))
            .Where(p => p.View is { Phases.Count: > 0 })
            .OrderByDescending(p => p.Plan.NewestReport ?? DateOnly.MinValue)
            .ThenBy(p => p.Plan.Key, StringComparer.Ordinal)
            .ToList();
        if (plans.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short(topic is null
                ? "The sources lay out no phases or stages yet."
                : $"No plan of phases in the sources names {topic.Name}. Send /phases to see every plan."));
        }

        var items = new List<AnswerItem>();
        foreach (var (_, view) in plans.Take(MaxPlans))
        {
            var count = view!.Count ?? view.Phases.Count;
            var header = view.Announced ?? view.Phases[0].Sentences[0];
            items.Add(new AnswerItem($"{view.Subject}: {count} phases", header.ToQuote()));
            foreach (var phase in view.Phases)
            {
                var number = phase.Number == PhaseOrdinal.Final ? "Final phase" : $"Phase {phase.Number}";
                // The sentences behind the phase other than the plan's header; a plan restated in every report has
                // thousands, so they are counted and indexed, not copied.
                var sentences = phase.Sentences;
                var headerAt = IndexOf(sentences, header);
                var behind = sentences.Count - (headerAt < 0 ? 0 : 1);
                SourceSentence Behind(int i) => sentences[headerAt >= 0 && i >= headerAt ? i + 1 : i];
                items.Add(new AnswerItem($"{number}, {When(phase)}: {phase.Description}", behind > 0 ? Behind(0).ToQuote() : null));
                // The first one and the newest few say what it was and what it is now; the count says how much was left out.
                var skipped = Math.Max(0, behind - 1 - MaxLaterReportsPerPhase);
                if (skipped > 0)
                {
                    items.Add(new AnswerItem($"{number}: {skipped} more {(skipped == 1 ? "report" : "reports")} between, not shown", null));
                }

                for (var i = 1 + skipped; i < behind; i++)
                {
                    items.Add(new AnswerItem($"{number}, reported {Reported(Behind(i))}", Behind(i).ToQuote()));
                }
            }
        }

        var about = topic is null ? "" : $" ({topic.Name})";
        var headline = $"Phases{about}";
        var name = topic is null ? Definition.Name : $"{Definition.Name}-{topic.Slug}";
        var stopped = clock.Stopped();
        return ValueTask.FromResult(new Answer(headline, items)
        {
            Note = plans.Count > MaxPlans ? $"{plans.Count - MaxPlans} more plans not shown; name a topic, e.g. /{Definition.Name} <topic>." : null,
        }.WithPicture(() => StoryPicture.Compose(name, $"{headline} as of {DateWording.Date(today)}", stopped, snapshot, [], [.. plans.Take(MaxPlans).Select(p => p.View!)])));
    }

    /// <summary>"by September 2025 (passed)", "from 1 March 2026, by 11 April 2026 (ahead: in 20 days)", "done on 3 May 2026", "delayed, by June 2027 (…)".</summary>
    private string When(PhaseView phase)
    {
        var parts = new List<string>();
        if (phase.Start is { } start)
        {
            parts.Add($"from {start.Describe()}");
        }

        if (phase.End is { } end)
        {
            parts.Add($"{end.DescribeWhen()} {clock.Timing(end)}");
        }
        else if (phase.Duration is { } days)
        {
            parts.Add($"lasting {days} days");
        }

        var status = phase.Status switch
        {
            PhaseStatus.Done => "done" + (phase.StatusDay is { } d ? $" on {d.Describe()}" : ""),
            PhaseStatus.UnderWay => "under way" + (phase.StatusDay is { } d ? $" since {d.Describe()}" : ""),
            PhaseStatus.Delayed => "delayed",
            PhaseStatus.Cancelled => "cancelled",
            PhaseStatus.Planned => "planned",
            _ => phase.Start is { } s && s.Start > clock.Today ? "planned" : null,
        };
        if (status is not null)
        {
            parts.Insert(0, status);
        }

        return parts.Count == 0 ? "no date given" : string.Join(", ", parts);
    }

    /// <summary>Where <paramref name="sentence"/> is among <paramref name="sentences"/> (one per source and index), or -1.</summary>
    private static int IndexOf(IReadOnlyList<SourceSentence> sentences, SourceSentence sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Sentence.Index == sentence.Sentence.Index && sentences[i].Source.Id == sentence.Source.Id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Reported(SourceSentence sentence) => sentence.Source.Published is { } p ? DateWording.Date(p) : "undated";
}
