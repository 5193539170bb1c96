using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Knowledge;

/// <summary>What one sentence says of a phase, with where it was said.</summary>
public sealed record PhaseNote(PhaseMention Mention, SourceSentence Origin);

/// <summary>A sentence announcing a plan of phases, with where it was said.</summary>
public sealed record PlanNote(PlanAnnouncement Announcement, SourceSentence Origin);

/// <summary>One phase as the reports read by a day have it: newest dates and status win, every sentence kept, oldest first.</summary>
public sealed record PhaseView(int Number, string Description, DatePeriod? Start, TimelineEvent? End, PhaseStatus? Status, DatePeriod? StatusDay, IReadOnlyList<SourceSentence> Sentences)
{
    /// <summary>Its length in days, when a report gives one ("lasts 42 days").</summary>
    public int? Duration { get; init; }
}

/// <summary>A plan as the reports read by a day have it.</summary>
public sealed record PlanView(string Subject, int? Count, SourceSentence? Announced, IReadOnlyList<PhaseView> Phases);

/// <summary>
/// Every mention of one plan's phases across reports: the announcements and phase notes whose topics are the plan's.
/// Mentions merge by ordinal; the view at a day folds those read by then.
/// </summary>
public sealed class PhasePlan(string key, IReadOnlyList<PlanNote> announcements, IReadOnlyList<PhaseNote> notes, IReadOnlySet<string> topics)
{
    public string Key { get; } = key;

    public IReadOnlyList<PlanNote> Announcements { get; } = announcements;

    /// <summary>In report order.</summary>
    public IReadOnlyList<PhaseNote> Notes { get; } = notes;

    public IReadOnlySet<string> Topics { get; } = topics;

    public DateOnly? NewestReport => Notes.Select(n => n.Origin.Source.Published).Concat(Announcements.Select(a => a.Origin.Source.Published)).Max();

    public PlanView? At(DateOnly today)
    {
        static bool Read(SourceSentence s, DateOnly today) => s.Source.Published is not { } p || p <= today;
        var announcements = Announcements.Where(a => Read(a.Origin, today)).ToList();
        var notes = Notes.Where(n => Read(n.Origin, today)).ToList();
        if (notes.Count == 0 && announcements.Count == 0)
        {
            return null;
        }

        var count = announcements.Select(a => a.Announcement.Count).LastOrDefault(c => c is not null);
        var highest = notes.Where(n => n.Mention.Number > 0).Select(n => n.Mention.Number).DefaultIfEmpty(0).Max();
        var last = Math.Max(count ?? 0, highest);
        var phases = new List<PhaseView>();
        foreach (var group in notes.GroupBy(n => n.Mention.Number == PhaseOrdinal.Final ? (last > 0 ? last : PhaseOrdinal.Final) : n.Mention.Number).OrderBy(g => g.Key))
        {
            phases.Add(Fold(group.Key, [.. group]));
        }

        ChainDurations(phases);
        var subject = announcements.LastOrDefault()?.Announcement.Subject ?? "The plan";
        return new PlanView(subject, count ?? (phases.Count > 0 ? phases.Count : null), announcements.LastOrDefault()?.Origin, phases);
    }

    private static PhaseView Fold(int number, List<PhaseNote> notes)
    {
        var description = (notes.FirstOrDefault(n => n.Mention.Describes) ?? notes[0]).Mention.Description;
        DatePeriod? start = null;
        TimelineEvent? end = null;
        PhaseStatus? status = null;
        DatePeriod? statusDay = null;
        int? duration = null;
        foreach (var note in notes)
        {
            var m = note.Mention;
            if (m.Start?.Period is { } s)
            {
                start = s;
            }

            if (m.End?.Period is { } e && m.Status is not (PhaseStatus.Done or PhaseStatus.UnderWay))
            {
                end = new TimelineEvent(e, m.End.Role, description, note.Origin, []) { Kind = EventKind.Phase };
            }

            duration = m.DurationDays ?? duration;
            if (m.Status is { } st)
            {
                status = st;
                statusDay = st is PhaseStatus.Done or PhaseStatus.UnderWay ? (m.End ?? m.Start)?.Period : null;
            }
        }

        if (end is null && start is { } begin && duration is { } days)
        {
            end = new TimelineEvent(DatePeriod.Day(begin.Start.AddDays(days - 1)), TemporalRole.By, description, notes[^1].Origin, []) { Kind = EventKind.Phase };
        }

        return new PhaseView(number, description, start, end, status, statusDay, [.. notes.Select(n => n.Origin).DistinctBy(o => (o.Source.Id, o.Sentence.Index))]) { Duration = duration };
    }

    /// <summary>A phase with a length and no dates starts when the one before it ends ("the second phase lasts 42 days").</summary>
    private static void ChainDurations(List<PhaseView> phases)
    {
        for (var i = 1; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (phase.End is null && phase.Start is null && phase.Duration is { } days && phases[i - 1].End is { } previous && phases[i - 1].Number == phase.Number - 1)
            {
                var begin = previous.Period.End.AddDays(1);
                var origin = phase.Sentences[^1];
                phases[i] = phase with
                {
                    Start = DatePeriod.Day(begin),
                    End = new TimelineEvent(DatePeriod.Day(begin.AddDays(days - 1)), TemporalRole.By, phase.Description, origin, []) { Kind = EventKind.Phase },
                };
            }
        }
    }
}

/// <summary>
/// Gathers the phase mentions of every report into plans: a plan is keyed by the topic its mentions name most often
/// (so "phase two" in a later report joins the plan an earlier one laid out about the same topic); mentions that name
/// no topic stay a plan of their own source.
/// </summary>
internal static class PhasePlanBuilder
{
    public static IReadOnlyList<PhasePlan> Build(IEnumerable<SourceView> views)
    {
        var ordered = views.Where(v => v.PhaseNotes.Count > 0 || v.PlanNotes.Count > 0)
            .OrderBy(v => v.Analysis.Source.Published ?? DateOnly.MinValue).ThenBy(v => v.SourceId, StringComparer.Ordinal).ToList();
        var weight = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var view in ordered)
        {
            foreach (var topics in view.PhaseNotes.Select(n => n.Topics).Concat(view.PlanNotes.Select(n => n.Topics)))
            {
                foreach (var topic in topics)
                {
                    weight[topic] = weight.GetValueOrDefault(topic) + 1;
                }
            }
        }

        string Home(IReadOnlyList<string> topics, string sourceId) =>
            topics.Count == 0 ? "source:" + sourceId : topics.OrderByDescending(t => weight[t]).ThenBy(t => t, StringComparer.Ordinal).First();

        var plans = new Dictionary<string, (List<PlanNote> Plans, List<PhaseNote> Notes, HashSet<string> Topics)>(StringComparer.Ordinal);
        (List<PlanNote>, List<PhaseNote>, HashSet<string>) PlanOf(string key) =>
            plans.TryGetValue(key, out var plan) ? plan : plans[key] = ([], [], new HashSet<string>(StringComparer.Ordinal));

        foreach (var view in ordered)
        {
            foreach (var (note, topics) in view.PlanNotes)
            {
                var plan = PlanOf(Home(topics, view.SourceId));
                plan.Item1.Add(note);
                plan.Item3.UnionWith(topics);
            }

            foreach (var (note, topics) in view.PhaseNotes)
            {
                var plan = PlanOf(Home(topics, view.SourceId));
                plan.Item2.Add(note);
                plan.Item3.UnionWith(topics);
            }
        }

        return [.. plans.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PhasePlan(p.Key, p.Value.Plans, p.Value.Notes, p.Value.Topics))];
    }
}
