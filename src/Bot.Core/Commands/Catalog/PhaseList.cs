using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using PhaseStatus = Bot.Core.Analysis.PhaseStatus;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// The plans of phases as /phases lists them, also the answer to "what are the phases?": every phase with its start,
/// end and status as of the clock's day, the newest report's word winning, and the sentences behind it, oldest first.
/// </summary>
internal static class PhaseList
{
    public const int MaxPlans = 8;
    private const int MaxLaterReportsPerPhase = 3;

    /// <summary>The plans that have phases as of today (only those naming <paramref name="topic"/> when given), newest report first.</summary>
    public static List<PlanView> Plans(KnowledgeSnapshot snapshot, DateOnly today, Topic? topic) =>
    [
        .. (topic is null ? snapshot.Plans : snapshot.PlansByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Select(p => (Plan: p, View: p.At(today)))
            .Where(p => p.View is { Phases.Count: > 0 })
            .OrderByDescending(p => p.Plan.NewestReport ?? DateOnly.MinValue)
            .ThenBy(p => p.Plan.Key, StringComparer.Ordinal)
            .Select(p => p.View!),
    ];

    /// <param name="plans">From <see cref="Plans"/>; at least one.</param>
    /// <param name="command">The command a note about more plans points to.</param>
    public static Answer Answer(IReadOnlyList<PlanView> plans, StoryClock clock, Topic? topic, string command)
    {
        var items = new List<AnswerItem>();
        foreach (var view in plans.Take(MaxPlans))
        {
            var count = view.Count ?? view.Phases.Count;
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
                items.Add(new AnswerItem($"{number}, {When(phase, clock)}: {phase.Description}", behind > 0 ? Behind(0).ToQuote() : null));
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
        return new Answer($"Phases{about}", items)
        {
            Note = plans.Count > MaxPlans ? $"{plans.Count - MaxPlans} more plans not shown; name a topic, e.g. /{command} <topic>." : null,
        };
    }

    /// <summary>
    /// The answer in one line, for a question: "The 2024 agreement, 2 phases: 1 by September 2025 (passed); 2 until the
    /// end of 2026 (open: 30 days left)", the newest plan's.
    /// </summary>
    public static string Summary(PlanView plan, StoryClock clock)
    {
        var phases = plan.Phases.Select(p => $"{(p.Number == PhaseOrdinal.Final ? "final" : p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))} {When(p, clock)}");
        return $"{plan.Subject}, {plan.Count ?? plan.Phases.Count} phases: {string.Join("; ", phases)}";
    }

    /// <summary>"by September 2025 (passed)", "from 1 March 2026, by 11 April 2026 (ahead: in 20 days)", "done on 3 May 2026", "delayed, by June 2027 (…)".</summary>
    private static string When(PhaseView phase, StoryClock clock)
    {
        var parts = new List<string>();
        if (phase.Start is { } start)
        {
            parts.Add($"from {start.Describe()}" + (phase.EarlierStarts is [.., var moved] ? $" (moved from {moved.Describe()})" : ""));
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
            PhaseStatus.BroughtForward => "brought forward",
            PhaseStatus.Cancelled => "cancelled",
            PhaseStatus.Planned => "planned",
            _ => phase.Start is { } s && s.Start > clock.Today ? "planned" : null,
        };
        if (status is not null)
        {
            // "brought forward, after a delay (report of 22 October 2027)": a turned schedule keeps the way it went first.
            parts.Insert(0, status + (phase.TurnedFrom is { } turned ? $", after {(turned.Status == PhaseStatus.Delayed ? "a delay" : "being brought forward")}{(turned.Reported is { } day ? $" (report of {DatePeriod.Day(day).Describe()})" : "")}" : ""));
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
